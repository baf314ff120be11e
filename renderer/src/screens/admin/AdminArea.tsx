// Quản trị: the manager's tools — staff, the idle lock, the agency directory, and the ledger's integrity.
import { useState } from 'react';
import type { CounterInfo } from '../../app-state';
import { AddUserSection } from './AddUserSection';
import { AgenciesSection } from './AgenciesSection';
import { LedgerSection } from './LedgerSection';
import { ProvinceSection } from './ProvinceSection';
import { SettingsSection } from './SettingsSection';
import { UsersSection } from './UsersSection';

export function AdminArea(props: { counter: CounterInfo; onCounterChanged: () => void }) {
  const [usersVersion, setUsersVersion] = useState(0);
  return (
    <div className="admin">
      <AddUserSection onAdded={() => setUsersVersion((v) => v + 1)} />
      <UsersSection version={usersVersion} />
      <SettingsSection idleLockMinutes={props.counter.idleLockMinutes} onSaved={props.onCounterChanged} />
      <ProvinceSection counter={props.counter} onSaved={props.onCounterChanged} />
      <AgenciesSection />
      <LedgerSection />
    </div>
  );
}
