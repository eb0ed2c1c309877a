/** When the deploy walkthrough is offered. Pure; unit-tested. */

/** Whether to offer the deploy walkthrough: once per user, in a trusted window, not in test runs. */
export function shouldOfferWalkthrough(input: { offeredBefore: boolean; trusted: boolean; testRun: boolean }): boolean {
  return !input.offeredBefore && input.trusted && !input.testRun;
}
