/** A `{{name}}` placeholder inside a command, with its offsets in that command. */
export interface Placeholder {
  name: string;
  start: number;
  end: number;
}

const BRACES = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** What kubectl's `-o go-template` actions start with: a field, a variable, a trim marker, a literal, a keyword or builtin. */
const GO_TEMPLATE =
  /^(?:[.$"`(-]|\/\*|\d|(?:range|if|with|else|end|define|template|block|break|continue|len|index|printf|print|println|and|or|not|eq|ne|lt|le|gt|ge|nil|slice|html|js|urlquery|call|base64decode|base64encode)\b)/;

// `{{.metadata.name}}`, `{{range .items}}` and `{{end}}` are go-template syntax and stay literal; anything
// else in double braces is meant as a placeholder, so a badly formed one (`{{ Node Pool }}`) is still reported.
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (!text.includes('{{')) return found;
  for (const match of text.matchAll(BRACES)) {
    const name = match[1] ?? '';
    if (!isPlaceholderContent(name)) continue;
    found.push({ name, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Whether the text between `{{` and `}}` (trimmed) is a placeholder rather than go-template syntax. */
export function isPlaceholderContent(content: string): boolean {
  return !GO_TEMPLATE.test(content);
}
