import type { AnnotationProps, Ui } from '../core/ui.js';

function where(props?: AnnotationProps): string {
  if (!props?.file) return '';
  return `${props.file}${props.line ? `:${props.line}` : ''}${props.column ? `:${props.column}` : ''}: `;
}

/** The terminal face of `Ui`: messages go to stderr (stdout is kept for results and `--json`), secrets masked. */
export class TerminalUi implements Ui {
  private readonly secrets = new Set<string>();
  readonly outputs: Record<string, string> = {};
  constructor(
    private readonly write: (text: string) => void = (t) => process.stderr.write(t),
    private readonly verbose = Boolean(process.env.TENANT_DEBUG),
  ) {}

  private scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
  private say(text: string): void {
    this.write(this.scrub(text) + '\n');
  }
  info(message: string): void {
    this.say(message);
  }
  debug(message: string): void {
    if (this.verbose) this.say(`debug: ${message}`);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.say(`${where(props)}note: ${message}`);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.say(`${where(props)}warning: ${message}`);
  }
  error(message: string, props?: AnnotationProps): void {
    this.say(`${where(props)}error: ${message}`);
  }
  mask(secret: string): void {
    if (!secret) return;
    this.secrets.add(secret);
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) this.secrets.add(line);
  }
  setOutput(name: string, value: string | number | boolean): void {
    this.outputs[name] = String(value);
  }
  async summary(_markdown: string): Promise<void> {
    // The job summary is a runner feature; on a terminal the command prints its own report.
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.debug(`-- ${title}`);
    return fn();
  }
}
