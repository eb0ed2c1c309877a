// The few parts of yaml-js (a JavaScript port of PyYAML 3.x) that pyyaml/load.ts uses.
declare module 'yaml-js/lib/loader' {
  export interface Mark { line: number; column: number; pointer: number }
  export interface YamlJsNode {
    id: 'scalar' | 'sequence' | 'mapping';
    tag: string;
    value: string | YamlJsNode[] | [YamlJsNode, YamlJsNode][];
    start_mark: Mark;
    end_mark: Mark;
  }
  export class Loader {
    constructor(text: string);
    get_single_node(): YamlJsNode | null;
  }
}

declare module 'yaml-js/lib/scanner' {
  export class ScannerError extends Error {
    constructor(context: string, contextMark: unknown, problem: string, problemMark: unknown);
  }
}

declare module 'yaml-js/lib/tokens' {
  export class ScalarToken {
    constructor(value: string, plain: boolean, startMark: unknown, endMark: unknown, style?: string);
  }
}
