/**
 * The one place `CheckOptions` are built from what the user chose (settings or flags): the editor's
 * diagnostics and fix-all, the push gate and the CLI all call it, so they run the same rule set.
 * Pure; unit-tested (test/unit/core/check-options.test.ts).
 */
import type { CheckOptions } from './check';
import type { SiblingReader } from './siblings';
import type { PaiVersion, PaiVersionOption } from './version';

/**
 * Why the file is checked. `show`: to show the findings (the editor, the CLI). `push`: before paictl
 * pushes it (the deploy gate), which checks whether or not the editor shows checks.
 */
export type CheckPurpose = 'show' | 'push';

/** Rules a push always runs, even when disabled: paictl cannot load a file they report an error in. */
export const ALWAYS_CHECKED_ON_PUSH: readonly string[] = ['syntax'];

export interface CheckInput {
  /** Path of the checked file (its name matters: `file-name`; its folder holds the siblings). */
  fileName: string;
  /** `openpai.paiVersion` / `--pai-version` (`auto` when absent). */
  paiVersion?: PaiVersionOption;
  /** `openpai.rules.disabled` / `--disable`: honoured on a push too, except ALWAYS_CHECKED_ON_PUSH. */
  disabled?: readonly string[];
  /**
   * `openpai.validate.enable` (default true). False runs no rule when showing (the file is still
   * parsed, for hovers and completion). A push ignores it: the setting is about what the editor shows.
   */
  enabled?: boolean;
  /** Reads `layout.yaml` / `config.yaml` beside the file. */
  readSibling?: SiblingReader;
  /** Makes the password a fix writes (the editor only: reports never carry one). */
  newSecret?: () => string;
  /** The version that will be deployed (the pushing paictl's PAI.VERSION): checked as that, whatever paiVersion says. */
  deploys?: PaiVersion;
}

export function checkOptions(input: CheckInput, purpose: CheckPurpose = 'show'): CheckOptions {
  const push = purpose === 'push';
  const disabled = (input.disabled ?? []).filter(code => !(push && ALWAYS_CHECKED_ON_PUSH.includes(code)));
  return {
    fileName: input.fileName,
    paiVersion: input.deploys ?? input.paiVersion ?? 'auto',
    disabled,
    ...(input.readSibling ? { readSibling: input.readSibling } : {}),
    ...(input.newSecret ? { newSecret: input.newSecret } : {}),
    ...(!push && input.enabled === false ? { rules: [] } : {}),
  };
}
