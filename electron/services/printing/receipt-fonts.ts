// The bundled OFL font every paper prints with (Be Vietnam Pro: every Vietnamese letter
// precomposed), on the roll and in PDFs; build/copy-fonts.mjs puts the files in resources/fonts.
export const fontFiles = { regular: 'BeVietnamPro_400Regular.ttf', bold: 'BeVietnamPro_700Bold.ttf' } as const;
