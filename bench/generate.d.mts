// Types of generate.mjs, for the unit test that runs every bench input through the composed-tree skip.
export interface BenchCase { name: string; text: string }
export function cases(): BenchCase[];
export function realistic(lines: number): string;
export function aliasHeavy(lines: number): string;
export function deeplyNested(depth: number): string;
export function unknownKeys(count: number): string;
export function manyAnchors(count: number): string;
export function hugeKey(bytes: number): string;
export const LAYOUT: string;
export const CONFIG: string;
