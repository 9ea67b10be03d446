export function presets(): { id: string; title: string; likelihood: { score: number; label: string }[]; impact: { score: number; label: string }[] }[];
export function presetSchema(matrix: ReturnType<typeof presets>[number]): Record<string, unknown>;
export function generate(): { file: string; text: string }[];
