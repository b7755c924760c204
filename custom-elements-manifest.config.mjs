// Generates packages/timeline/custom-elements.json from the elements' JSDoc, and from
// it the editors' data beside it: vscode.html-custom-data.json and
// vscode.css-custom-data.json (VS Code), web-types.json (JetBrains IDEs). Storybook's
// Docs tab reads the manifest too. All four ship in the package and are git-ignored.
//
// The manifest describes the package as published: module paths name the `dist/*.js`
// files, events carry their classes, alias types are spelled out, the colours'
// defaults come from the theme, and what is marked `@internal` (the overview strip)
// or private is left out. `SUMMITLINE_MANIFEST_DIR` (relative to the repository)
// writes the four files elsewhere, for the test of this file.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

const PACKAGE = 'packages/timeline';
const SOURCES = `${PACKAGE}/src/`;
const outdir = process.env.SUMMITLINE_MANIFEST_DIR ?? PACKAGE;

/** `packages/timeline/src/define/x.ts` → `dist/define/x.js`: the file the package ships. */
const distPath = (source) => source.replace(SOURCES, 'dist/').replace(/\.ts$/, '.js');

/** A TypeScript program over the package's sources, for what the JSDoc does not say. */
function sourceProgram() {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${PACKAGE}/tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  return ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
}

/** The declarations of a manifest, with their module's source path. */
function* declarations(manifest) {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) yield [module, declaration];
}

/**
 * Keeps the events documented with `@fires` (the analyzer also lists every
 * `dispatchEvent` call it finds) and the public members; declarations marked
 * `@internal` are dropped by the analyzer itself, as unexported.
 */
function publicApiOnly() {
  return {
    name: 'summitline-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarations(customElementsManifest)) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (m) => (!m.privacy || m.privacy === 'public') && !m.name.startsWith('#'),
          );
          // A private reactive state in `static properties` (`{ state: true }`) has no
          // attribute, but the analyzer lists one: keep the attributes of public fields.
          const fields = new Set(declaration.members.map((m) => m.name));
          declaration.attributes = declaration.attributes?.filter((a) => !a.fieldName || fields.has(a.fieldName));
        }
      }
      // The analyzer names a global superclass (`Event`) as if the module declared it.
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const { superclass } = declaration;
          if (superclass?.module === module.path && !module.declarations.some((d) => d.name === superclass.name)) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
        }
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations?.length || m.exports?.length,
      );
    },
  };
}

/**
 * The elements are registered by `define(name, Class)` (idempotent) in `src/define/`,
 * not by `customElements.define`, so the analyzer sees no definition: add one export
 * of kind `custom-element-definition` per top-level `define()` call. The same modules
 * re-export the classes they import, which the analyzer takes for their own.
 */
function defineCalls(program) {
  return {
    name: 'summitline-define-calls',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const file = program.getSourceFile(path.resolve(module.path));
        if (!file) continue;
        // `import { X } from '../x.js'; export { X };` names x.js, where X is declared.
        for (const exported of module.exports ?? []) {
          const { declaration } = exported;
          if (declaration?.module !== module.path || module.declarations?.some((d) => d.name === declaration.name))
            continue;
          declaration.module = importOf(file, declaration.name) ?? declaration.module;
        }
        for (const statement of file.statements) {
          const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
          if (!call || !ts.isCallExpression(call) || call.expression.getText(file) !== 'define') continue;
          const [name, klass] = call.arguments;
          if (!name || !ts.isStringLiteral(name) || !klass || !ts.isIdentifier(klass)) continue;
          const from = importOf(file, klass.text);
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: name.text,
              declaration: { name: klass.text, module: from ?? module.path },
            },
          ];
        }
      }
    },
  };
}

/** The repository path of the module a name is imported from in `file`, if it is imported from a relative path. */
function importOf(file, name) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return undefined;
    const resolved = path.join(path.dirname(path.relative('.', file.fileName)), specifier);
    return resolved.replace(/\.js$/, '.ts');
  }
  return undefined;
}

/**
 * Spells out the types that editors and Storybook cannot resolve: an alias of string
 * literals (`GroupBy` → `'none' | 'kind' | 'country'`), and the element's type
 * parameter (`readonly R[]` → `readonly TimelineRecord[]`). Other types keep the
 * analyzer's text.
 */
function expandedTypes(program) {
  const checker = program.getTypeChecker();

  /** The declaration a type reference names, following imports. */
  const target = (reference) => {
    let symbol = checker.getSymbolAtLocation(reference.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.[0];
  };

  /** The type's text with literal aliases and type parameters replaced; undefined when nothing was. */
  const expand = (node) => {
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map((t) => expand(t));
      return parts.some((p) => p !== undefined)
        ? parts.map((p, i) => p ?? node.types[i].getText()).join(' | ')
        : undefined;
    }
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
      const inner = expand(node.type);
      return inner === undefined ? undefined : `readonly ${inner}`;
    }
    if (ts.isArrayTypeNode(node)) {
      const inner = expand(node.elementType);
      return inner === undefined ? undefined : `${inner.includes('|') ? `(${inner})` : inner}[]`;
    }
    if (!ts.isTypeReferenceNode(node) || node.typeArguments) return undefined;
    const declaration = target(node);
    if (declaration && ts.isTypeParameterDeclaration(declaration)) {
      const stand = declaration.default ?? declaration.constraint;
      return stand ? (expand(stand) ?? stand.getText()) : 'unknown';
    }
    if (declaration && ts.isTypeAliasDeclaration(declaration) && literalsOnly(declaration.type)) {
      return expand(declaration.type) ?? declaration.type.getText();
    }
    return undefined;
  };

  /** The class declaration a class extends, if the program declares it. */
  const superclassOf = (klass) => {
    const extended = klass.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    let symbol = extended && checker.getSymbolAtLocation(extended.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find((d) => ts.isClassDeclaration(d));
  };

  /** Whether a type is a union of literals (or of aliases of them). */
  const literalsOnly = (node) => {
    if (ts.isLiteralTypeNode(node)) return true;
    if (ts.isUnionTypeNode(node)) return node.types.every(literalsOnly);
    if (ts.isTypeReferenceNode(node) && !node.typeArguments) {
      const declaration = target(node);
      return !!declaration && ts.isTypeAliasDeclaration(declaration) && literalsOnly(declaration.type);
    }
    return false;
  };

  return {
    name: 'summitline-expanded-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const [module, declaration] of declarations(customElementsManifest)) {
        const file = program.getSourceFile(path.resolve(module.path));
        let klass = file?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
        const expanded = new Map();
        // The class's own properties, then those it inherits (the timeline's are declared in a base class).
        for (; klass; klass = superclassOf(klass)) {
          for (const member of klass.members) {
            if (!ts.isPropertyDeclaration(member) || !member.type || !member.name || !ts.isIdentifier(member.name))
              continue;
            const text = expand(member.type);
            if (text !== undefined && !expanded.has(member.name.text))
              expanded.set(member.name.text, member.questionToken ? `${text} | undefined` : text);
          }
        }
        for (const item of declaration.members ?? []) {
          if (expanded.has(item.name)) item.type = { text: expanded.get(item.name) };
        }
        for (const attribute of declaration.attributes ?? []) {
          if (expanded.has(attribute.fieldName)) attribute.type = { text: expanded.get(attribute.fieldName) };
        }
      }
    },
  };
}

/**
 * Each `@fires {SummitSelectEvent} summit-select - …` names the event's class: check
 * that the class is in the manifest and fires that name (its static `eventName`), and
 * link it. A `@fires` without a class, or with the wrong one, fails the build.
 */
function eventClasses() {
  return {
    name: 'summitline-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const [module, declaration] of declarations(customElementsManifest)) {
        const eventName = declaration.members?.find((m) => m.name === 'eventName' && m.static)?.default;
        if (eventName)
          classes.set(declaration.name, { module: module.path, eventName: eventName.replace(/^'|'$/g, '') });
      }
      for (const [, declaration] of declarations(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const name = event.type?.text;
          const klass = classes.get(name);
          if (!klass || klass.eventName !== event.name) {
            throw new Error(
              `${declaration.name}: @fires ${event.name} must name its event class, as in "@fires {SummitSelectEvent} summit-select - …" ` +
                `(found ${name ? `{${name}}, which ${klass ? `fires ${klass.eventName}` : 'is not an event class of the package'}` : 'no class'}).`,
            );
          }
          event.type = { text: name, references: [{ name, module: klass.module }] };
        }
      }
    },
  };
}

/**
 * Each `--summit-*` property's default, read from the theme (`var(--summit-x, DEFAULT)`),
 * so that it is not copied by hand into the JSDoc.
 */
function cssDefaults() {
  const theme = fs.readFileSync(`${SOURCES}theme.styles.ts`, 'utf8');
  const defaults = new Map();
  for (const match of theme.matchAll(/var\((--summit-[\w-]+),\s*/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < theme.length && depth > 0; end++) depth += theme[end] === '(' ? 1 : theme[end] === ')' ? -1 : 0;
    defaults.set(match[1], theme.slice(match.index + match[0].length, end - 1).trim());
  }
  return {
    name: 'summitline-css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarations(customElementsManifest)) {
        for (const property of declaration.cssProperties ?? []) {
          if (property.default === undefined && defaults.has(property.name))
            property.default = defaults.get(property.name);
        }
      }
    },
  };
}

/** Source paths (`packages/timeline/src/x.ts`) become the shipped files (`dist/x.js`), wherever a module is named. */
function distPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      // A superclass's module is named from the root (`/packages/timeline/src/x.js`).
      const source = typeof item === 'string' ? item.replace(/^\//, '') : undefined;
      if ((key === 'path' || key === 'module') && source?.startsWith(SOURCES)) {
        value[key] = distPath(source);
      } else rewrite(item);
    }
  };
  return {
    name: 'summitline-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

/** The first entry of each name: the timeline's, whose descriptions are the fuller. */
const once = (entries) => entries.filter((entry, i) => entries.findIndex((e) => e.name === entry.name) === i);

/**
 * VS Code's and JetBrains' data, made from the finished manifest by the integrations
 * of `custom-element-vs-code-integration` and `custom-element-jet-brains-integration`.
 */
function editorData() {
  const pkg = JSON.parse(fs.readFileSync(`${PACKAGE}/package.json`, 'utf8'));
  const write = (name, data) => fs.writeFileSync(path.join(outdir, name), `${JSON.stringify(data, null, 2)}\n`);
  return {
    name: 'summitline-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      // The integrations put a `---` straight after the description, which Markdown would
      // read as a heading underline: end the description with a blank line.
      const editors = structuredClone(customElementsManifest);
      for (const [, declaration] of declarations(editors)) {
        if (declaration.description) declaration.editorDescription = `${declaration.description}\n`;
      }
      const options = { descriptionSrc: 'editorDescription', hideLogs: true };
      fs.mkdirSync(outdir, { recursive: true });
      write('vscode.html-custom-data.json', JSON.parse(getVsCodeHtmlCustomData(editors, options)));
      // Both elements take the theme's properties, and both have a `card` part: list each once.
      const css = JSON.parse(getVsCodeCssCustomData(editors, options));
      write('vscode.css-custom-data.json', {
        ...css,
        properties: once(css.properties),
        pseudoElements: once(css.pseudoElements),
      });
      const webTypes = JSON.parse(
        getWebTypesData(editors, { ...options, modulePathTemplate: (_name, module) => `./${module}` }),
      );
      const { properties, 'pseudo-elements': pseudoElements } = webTypes.contributions.css;
      webTypes.contributions.css = { properties: once(properties), 'pseudo-elements': once(pseudoElements) };
      // The integration names the package in the working directory's package.json: this is the timeline's.
      write('web-types.json', { ...webTypes, name: pkg.name, version: pkg.version });
    },
  };
}

const program = sourceProgram();

export default {
  // The timeline first: its descriptions of the shared properties are the ones editors show.
  globs: [`${SOURCES}summit-timeline.ts`, `${SOURCES}summit-*.ts`, `${SOURCES}*-event.ts`, `${SOURCES}define/*.ts`],
  exclude: [`${SOURCES}**/*.styles.ts`],
  outdir,
  // The root package.json names the manifest already; a test run elsewhere must not move it.
  packagejson: false,
  litelement: true,
  plugins: [
    publicApiOnly(),
    defineCalls(program),
    expandedTypes(program),
    eventClasses(),
    cssDefaults(),
    distPaths(),
    editorData(),
  ],
};
