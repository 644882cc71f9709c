#!/usr/bin/env node
// Assembles the CareBridge FHIR package folder from SUSHI's output.
//
//   node assemble-package.mjs <sushi-resources-dir> <sushi-config.yaml> <out-dir>
//
// Writes <out-dir>/package/ with:
//   - every conformance resource (StructureDefinition, CodeSystem, ValueSet, ...) at the top level,
//   - every other resource (the example instances) under examples/,
//   - package.json (from sushi-config.yaml) and .index.json (index-version 2) in both folders.
// Output is deterministic: files are named <resourceType>-<id>.json, JSON is pretty-printed with two
// spaces in SUSHI's (stable) key order, index entries are sorted by filename, and nothing records a time,
// a path or a user. Re-running on the same FSH gives a byte-identical tree.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const YAML = require('yaml');

// Resource types that are definitions (go at the package's top level); everything else is an instance
// and goes under examples/.
const CONFORMANCE_TYPES = new Set([
  'CapabilityStatement', 'CodeSystem', 'CompartmentDefinition', 'ConceptMap', 'GraphDefinition',
  'ImplementationGuide', 'MessageDefinition', 'NamingSystem', 'OperationDefinition', 'SearchParameter',
  'StructureDefinition', 'StructureMap', 'TerminologyCapabilities', 'ValueSet',
]);

function fail(message) {
  console.error(`assemble-package: ${message}`);
  process.exit(1);
}

const [resourcesDir, configFile, outDir] = process.argv.slice(2);
if (!resourcesDir || !configFile || !outDir) {
  fail('usage: node assemble-package.mjs <sushi-resources-dir> <sushi-config.yaml> <out-dir>');
}

const config = YAML.parse(fs.readFileSync(configFile, 'utf8'));
for (const key of ['id', 'canonical', 'title', 'description', 'version', 'fhirVersion', 'license', 'publisher']) {
  if (config[key] == null || config[key] === '') {
    fail(`${configFile} has no ${key}`);
  }
}
const fhirVersions = Array.isArray(config.fhirVersion) ? config.fhirVersion : [config.fhirVersion];
const publisher = Array.isArray(config.publisher) ? config.publisher[0] : config.publisher;
const author = typeof publisher === 'string' ? publisher : publisher.name;

const packageDir = path.join(outDir, 'package');
const examplesDir = path.join(packageDir, 'examples');
fs.rmSync(packageDir, { recursive: true, force: true });
fs.mkdirSync(examplesDir, { recursive: true });

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const inputs = fs.existsSync(resourcesDir)
  ? fs.readdirSync(resourcesDir).filter((f) => f.endsWith('.json')).sort()
  : [];
const definitions = [];
const examples = [];
const seen = new Map();
for (const input of inputs) {
  const resource = JSON.parse(fs.readFileSync(path.join(resourcesDir, input), 'utf8'));
  const { resourceType, id } = resource;
  if (typeof resourceType !== 'string' || typeof id !== 'string' || id === '') {
    fail(`${input}: a resource needs resourceType and id`);
  }
  const filename = `${resourceType}-${id}.json`;
  if (seen.has(filename)) {
    fail(`${input} and ${seen.get(filename)} are both ${resourceType}/${id}`);
  }
  seen.set(filename, input);
  const conformance = CONFORMANCE_TYPES.has(resourceType);
  fs.writeFileSync(path.join(conformance ? packageDir : examplesDir, filename), json(resource));
  (conformance ? definitions : examples).push(indexEntry(filename, resource));
}

function indexEntry(filename, resource) {
  const entry = { filename, resourceType: resource.resourceType, id: resource.id };
  if (resource.url !== undefined) entry.url = resource.url;
  if (resource.version !== undefined) entry.version = resource.version;
  if (resource.resourceType === 'StructureDefinition') {
    if (resource.kind !== undefined) entry.kind = resource.kind;
    if (resource.type !== undefined) entry.type = resource.type;
  }
  return entry;
}

const byFilename = (a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0);
fs.writeFileSync(path.join(packageDir, '.index.json'),
  json({ 'index-version': 2, files: definitions.sort(byFilename) }));
fs.writeFileSync(path.join(examplesDir, '.index.json'),
  json({ 'index-version': 2, files: examples.sort(byFilename) }));

const packageJson = {
  name: config.id,
  version: config.version,
  canonical: config.canonical,
  url: config.canonical,
  title: config.title,
  description: String(config.description).trim(),
  fhirVersions,
  // The core package for the FHIR version, then the dependencies sushi-config.yaml declares.
  dependencies: { 'hl7.fhir.r4.core': '4.0.1', ...declaredDependencies(config.dependencies) },
  author,
  license: config.license,
};
fs.writeFileSync(path.join(packageDir, 'package.json'), json(packageJson));

function declaredDependencies(deps) {
  if (deps == null) return {};
  const out = {};
  for (const name of Object.keys(deps).sort()) {
    const value = deps[name];
    const version = typeof value === 'object' && value !== null ? value.version : value;
    if (typeof version !== 'string' && typeof version !== 'number') {
      fail(`dependency ${name} in ${configFile} has no version`);
    }
    out[name] = String(version);
  }
  return out;
}

console.log(`assemble-package: ${definitions.length} definitions, ${examples.length} examples`);
