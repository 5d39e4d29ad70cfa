export const id = 328;
export const ids = [328];
export const modules = {

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/**
 * Scalar key/value pairs of YAML and JSON config files with their positions, for rules that look at keys
 * such as `output_dir`. Workflow `run:` blocks are extracted here too, with the offsets that map their lines
 * back into the file.
 */

function parseConfig(text) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const entries = [];
    const runs = [];
    let broken = false;
    let docs;
    try {
        docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter: counter, uniqueKeys: false, strict: false });
    }
    catch {
        return { entries, runs, broken: true };
    }
    const list = Array.isArray(docs) ? docs : [docs];
    const walk = (node, path, depth) => {
        if (!node || depth > 40)
            return;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : '';
                const value = pair.value;
                const full = path ? `${path}.${key}` : key;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) &&
                    (typeof value.value === 'string' || typeof value.value === 'number' || typeof value.value === 'boolean') &&
                    value.range) {
                    const pos = counter.linePos(value.range[0]);
                    entries.push({ key, path: full, value: String(value.value), line: pos.line, column: pos.col });
                    if (key === 'run' && typeof value.value === 'string')
                        runs.push(runBlock(text, value, counter));
                }
                else {
                    walk(value, full, depth + 1);
                }
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1));
        }
    };
    for (const doc of list) {
        if (doc.errors.length > 0)
            broken = true;
        walk(doc.contents, '', 0);
    }
    return { entries, runs, broken };
}
function runBlock(text, node, counter) {
    const start = node.range?.[0] ?? 0;
    const pos = counter.linePos(start);
    const value = String(node.value);
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // The body starts on the line after the indicator; find its indentation from the first non-empty line.
        const after = text.indexOf('\n', start);
        const body = text.slice(after + 1);
        const firstLine = body.split('\n').find((l) => l.trim() !== '') ?? '';
        const indent = firstLine.length - firstLine.trimStart().length;
        return { text: value, line: pos.line + 1, indent };
    }
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return { text: value, line: pos.line, indent: 0, firstCol: pos.col + (quoted ? 1 : 0) };
}


/***/ })

};
