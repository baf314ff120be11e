// Quản trị: the manager's tools — staff, the idle lock, and the ledger's integrity.
import { useState } from 'react';
import type { CounterInfo } from '../../app-state';
import { AddUserSection } from './AddUserSection';
import { LedgerSection } from './LedgerSection';
import { SettingsSection } from './SettingsSection';
import { UsersSection } from './UsersSection';

export function AdminArea(props: { counter: CounterInfo; onCounterChanged: () => void }) {
  const [usersVersion, setUsersVersion] = useState(0);
  return (
    <div className="admin">
      <AddUserSection onAdded={() => setUsersVersion((v) => v + 1)} />
      <UsersSection version={usersVersion} />
      <SettingsSection idleLockMinutes={props.counter.idleLockMinutes} onSaved={props.onCounterChanged} />
      <LedgerSection />
    </div>
  );
}
