import { LinkNotValid } from "@/components/appointments/link-not-valid";

/** A manage link we do not know (or that was replaced): 404, with what to do next. */
export default function ManageLinkNotFound() {
  return <LinkNotValid />;
}
