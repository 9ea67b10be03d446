export function stripAnnotations<T>(schema: T): T;
export function standaloneValidators(): string;
export function withoutEditorOnly<T extends Record<string, unknown>>(schema: T): T;
