/**
 * Spaces and brackets dropped: names such as 天津经济技术开发区（其他片区） are signed with or
 * without their brackets, half- or full-width, and the signature reader drops them.
 */
export const compactName = (name: string): string => name.replace(/[\s()（）]+/g, '');
