// The bundled OFL font both receipt renderers print with (Be Vietnam Pro: every Vietnamese letter
// precomposed); build/copy-fonts.mjs puts the files in resources/fonts.
export const fontFiles = { regular: 'BeVietnamPro_400Regular.ttf', bold: 'BeVietnamPro_700Bold.ttf' } as const;
