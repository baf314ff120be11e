// Alt+3 "Trả kết quả": results checked in as they come back from the agency, the citizens to
// call, the return at the counter, the results ready at the agencies (to collect); home delivery
// and the overdue lists are sections of their own.
import { CheckInSection } from './CheckInSection';
import { DeliverySection } from './DeliverySection';
import { NotifySection } from './NotifySection';
import { OverdueSection } from './OverdueSection';
import { ReadyAtAgencySection } from './ReadyAtAgencySection';
import { ReturnSection } from './ReturnSection';

export function ResultsArea() {
  return (
    <>
      <ReturnSection />
      <NotifySection />
      <CheckInSection />
      <ReadyAtAgencySection />
      <DeliverySection />
      <OverdueSection />
    </>
  );
}
