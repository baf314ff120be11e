// Which papers of a checklist a dossier can be sent without. The national record has no
// "required" flag; agencies write the condition into the name, in brackets: "… (nếu có)",
// "… (nếu cha, mẹ đã đăng ký kết hôn)", "… (trường hợp ủy quyền)". "(nếu không có thì nộp …)"
// names an alternative, not a condition, so the paper (or its substitute) is still required.
// One rule, for the form and the service alike.
const combiningMarks = /[\u0300-\u036f]/g;
const conditional = /\(\s*(neu (?!khong\b)|truong hop\b)/;

export function isOptionalPaper(name: string): boolean {
  const plain = name.normalize('NFD').replace(combiningMarks, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return conditional.test(plain);
}
