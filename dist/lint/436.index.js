export const id = 436;
export const ids = [436];
export const modules = {

/***/ 5436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.g),
/* harmony export */   DEFAULT_CONFIG: () => (/* reexport safe */ _defaults_js__WEBPACK_IMPORTED_MODULE_3__.P),
/* harmony export */   parseLintConfig: () => (/* binding */ parseLintConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8476);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7322);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9757);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3234);
/**
 * `.tenant.yml`, section `lint`: rule severities (or off), profiles whose volatile paths to add, ignore
 * globs, extra durable prefixes, and the severity that fails the run. Unknown keys and unknown rule ids
 * are configuration errors that name the file, the key and what is allowed.
 */





const LEVELS = ['error', 'warning', 'info', 'off'];
const LintSection = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    rules: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(LEVELS)).optional(),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).optional(),
    ignore: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).optional(),
    durable: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^\//, { error: 'must be an absolute path' })).optional(),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['error', 'warning', 'info', 'never']).optional(),
});
const TenantFile = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ lint: LintSection.nullable().optional() });
function fieldPath(path) {
    return path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}
/** Parses the text of a `.tenant.yml`; `file` names it in errors. */
function parseLintConfig(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e?.linePos?.[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: malformed YAML — ${(e?.message ?? '').split('\n')[0]}`, file);
    }
    const data = doc.toJS() ?? {};
    const parsed = TenantFile.safeParse(data);
    if (!parsed.success) {
        const lines = parsed.error.issues.map((i) => {
            const at = fieldPath(i.path);
            if (i.code === 'unrecognized_keys')
                return `${file}: ${at ? at + ': ' : ''}unknown key ${i.keys.map((k) => `'${k}'`).join(', ')}; allowed under lint: rules, profiles, ignore, durable, fail-on`;
            if (i.code === 'invalid_value')
                return `${file}: ${at}: must be one of ${i.values.map(String).join(', ')}`;
            return `${file}: ${at || '(top level)'}: ${i.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(lines.join('\n'), file);
    }
    const section = parsed.data.lint ?? {};
    const rules = section.rules ?? {};
    const unknown = Object.keys(rules).filter((id) => !(0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownRule */ .sM)(id));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: lint.rules: unknown rule ${unknown.map((u) => `'${u}'`).join(', ')}; known rules: ${_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y0.map((r) => r.id).join(', ')}`, file);
    }
    return {
        rules,
        profiles: section.profiles ?? [],
        ignore: section.ignore ?? [],
        durable: section.durable ?? [],
        failOn: section['fail-on'] ?? 'error',
    };
}


/***/ })

};
