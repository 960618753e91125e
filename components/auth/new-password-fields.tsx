import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/form-state";

/** The new password and its repetition, as every form that sets a password asks for them. */
export function NewPasswordFields({ hint, errors }: { hint: string; errors: FormState<"password" | "confirmPassword">["fieldErrors"] }) {
  return (
    <>
      <TextField name="password" label="Nieuw wachtwoord" type="password" autoComplete="new-password" required hint={hint} errors={errors?.password} />
      <TextField
        name="confirmPassword"
        label="Herhaal je nieuwe wachtwoord"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
    </>
  );
}
