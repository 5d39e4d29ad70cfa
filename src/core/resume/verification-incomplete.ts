/**
 * verify-resume could not reach a verdict: the training ended before a kill could land after a checkpoint, or
 * no further save started for a during-save kill. Neither PASS nor FAIL; the CLI exits 2 and the action fails
 * the step with this message.
 */
export class VerificationIncomplete extends Error {
  override readonly name = 'VerificationIncomplete';
}
