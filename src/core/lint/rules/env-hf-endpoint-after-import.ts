/** env/hf-endpoint-after-import: HF_ENDPOINT set after huggingface libraries were imported, which read it at import time. */
import { stringLiteral } from '../python/module.js';
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const HF =
  /^(transformers|huggingface_hub|datasets|diffusers|peft|trl|accelerate|evaluate|timm|sentence_transformers)\b/;

export const envHfEndpointAfterImport: Rule = {
  id: 'env/hf-endpoint-after-import',
  severity: 'info',
  title: 'HF_ENDPOINT set after a Hugging Face import',
  triggers: ['HF_ENDPOINT'],
  python({ mod }) {
    let firstImport: number | undefined;
    for (const node of mod.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
      if (!node) continue;
      const name =
        node.type === 'import_from_statement'
          ? (node.childForFieldName('module_name')?.text ?? '')
          : (node.namedChildren[0]?.text ?? '');
      if (HF.test(name)) {
        const line = node.startPosition.row + 1;
        firstImport = firstImport === undefined ? line : Math.min(firstImport, line);
      }
    }
    if (firstImport === undefined) return [];
    const out: RawFinding[] = [];
    for (const node of mod.root.descendantsOfType('assignment')) {
      const left = node?.childForFieldName('left');
      if (!node || !left || left.type !== 'subscript') continue;
      const obj = left.childForFieldName('value');
      const key = left.childForFieldName('subscript');
      if (!obj || !key || mod.qualify(obj) !== 'os.environ' || stringLiteral(key) !== 'HF_ENDPOINT') continue;
      const line = node.startPosition.row + 1;
      if (line > firstImport) {
        out.push(
          at(
            line,
            node.startPosition.column + 1,
            `HF_ENDPOINT is set on line ${line}, after the Hugging Face import on line ${firstImport}; huggingface_hub reads it at import time, so downloads still go to the default endpoint. Export it in the launch environment or set it before the import.`,
          ),
        );
      }
    }
    return out;
  },
};
