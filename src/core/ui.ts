/**
 * What core logic may say to the person running it. The action adapter maps this onto @actions/core
 * (annotations, outputs, job summary, masking); the CLI maps it onto the terminal (and `--json`).
 */
export interface AnnotationProps {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  title?: string;
}

export interface Ui {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  /** Register a secret: it is replaced by *** in everything printed afterwards. */
  mask(secret: string): void;
  setOutput(name: string, value: string | number | boolean): void;
  /** Append markdown to the job summary (the CLI prints nothing for it unless asked). */
  summary(markdown: string): Promise<void>;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A Ui that records everything, for tests and for the CLI's `--json` mode. */
export class RecordingUi implements Ui {
  readonly lines: { level: string; message: string; props?: AnnotationProps }[] = [];
  readonly outputs: Record<string, string> = {};
  readonly summaries: string[] = [];
  readonly secrets: string[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  notice(message: string, props?: AnnotationProps): void {
    this.lines.push({ level: 'notice', message, props });
  }
  warning(message: string, props?: AnnotationProps): void {
    this.lines.push({ level: 'warning', message, props });
  }
  error(message: string, props?: AnnotationProps): void {
    this.lines.push({ level: 'error', message, props });
  }
  mask(secret: string): void {
    if (secret) this.secrets.push(secret);
  }
  setOutput(name: string, value: string | number | boolean): void {
    this.outputs[name] = String(value);
  }
  async summary(markdown: string): Promise<void> {
    this.summaries.push(markdown);
  }
  async group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}
