import { NotAvailable } from "@/components/staff-settings/not-available";

export default function SettingsNotFound() {
  return <NotAvailable />;
}
