export function formatTable(figures: readonly { label: string; value: number | null; unit: string; budget: number | null; strict?: boolean; pass: boolean | null; context: string }[]): string;
