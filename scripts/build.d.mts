export function stripAnnotations<T>(schema: T): T;
export function standaloneValidators(): string;
