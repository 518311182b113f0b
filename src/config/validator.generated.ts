// @ts-nocheck
/* Generated from schemas/config.schema.json by scripts/generate.js (ajv standalone): edit the schema, then run `npm run generate`. */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://runbook.dev/schemas/config.schema.json","title":"RunbookConfig","description":"runbook.config.yaml: project settings for every runbook command.","type":"object","additionalProperties":false,"properties":{"runbooksDir":{"description":"Folder holding the runbooks, relative to this file (default `runbooks`).","type":"string","minLength":1},"ignore":{"description":"Glob patterns, relative to this file, of Markdown files that are not runbooks.","type":"array","items":{"type":"string","minLength":1}},"maxFileSize":{"description":"Largest runbook file linted, in bytes (default 4194304, 4 MiB).","type":"integer","minimum":1024},"alerts":{"description":"How `runbook alerts check` reads the alerting rules' `runbook_url` annotations.","type":"object","additionalProperties":false,"properties":{"runbookUrls":{"description":"URL patterns that lead to a runbook of this repository: `{id}` stands for a runbook id, `{alert}` for an alert name (any case), `{group}` for any one path segment. For example `https://runbooks.example.com/{id}`, `https://git.example.com/ops/runbook.md#alert-name-{alert}`, `https://runbooks.prometheus-operator.dev/runbooks/{group}/{alert}`.","type":"array","items":{"type":"string","minLength":1,"pattern":"\\{(id|alert)\\}"}}}},"redact":{"description":"Extra redaction for escalation bundles, on top of the built-in rules.","type":"object","additionalProperties":false,"properties":{"patterns":{"description":"Regular expressions (JavaScript syntax) whose matches are redacted; `name` appears in the placeholder, `[REDACTED:<name>:<n>]`.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","regex"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"regex":{"type":"string","minLength":1}}}},"values":{"description":"Exact values to redact wherever they appear (prefer `--redact-value` or an untracked config for real secrets).","type":"array","items":{"type":"string","minLength":1}}}},"rules":{"description":"Severity per rule id: `off`, `warn` or `error`.","type":"object","propertyNames":{"enum":["schema","id-matches-filename","unique-id","unique-step-ids","no-undeclared-variable","no-unused-variable","valid-capture","valid-evidence","resolution-has-steps","escalation-criteria","no-literal-secrets","review-overdue","valid-links","require-prevention","no-angle-placeholder","read-only-commands","no-unprotected-secret-read","valid-scenario","require-namespace","no-quoted-placeholder","todo-marker"]},"additionalProperties":{"enum":["off","warn","error"]}}}};
const func1 = (text) => { let count = 0; for (const _ of text) count++; return count; };
const pattern4 = new RegExp("\\{(id|alert)\\}", "u");
const pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://runbook.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "runbooksDir") || (key0 === "ignore")) || (key0 === "maxFileSize")) || (key0 === "alerts")) || (key0 === "redact")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.runbooksDir !== undefined){
let data0 = data.runbooksDir;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/runbooksDir",schemaPath:"#/properties/runbooksDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/runbooksDir",schemaPath:"#/properties/runbooksDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ignore !== undefined){
let data1 = data.ignore;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err3 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxFileSize !== undefined){
let data3 = data.maxFileSize;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1024 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.alerts !== undefined){
let data4 = data.alerts;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "runbookUrls")){
const err8 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.runbookUrls !== undefined){
let data5 = data4.runbookUrls;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err9 = {instancePath:instancePath+"/alerts/runbookUrls/" + i1,schemaPath:"#/properties/alerts/properties/runbookUrls/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data6)){
const err10 = {instancePath:instancePath+"/alerts/runbookUrls/" + i1,schemaPath:"#/properties/alerts/properties/runbookUrls/items/pattern",keyword:"pattern",params:{pattern: "\\{(id|alert)\\}"},message:"must match pattern \""+"\\{(id|alert)\\}"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/alerts/runbookUrls/" + i1,schemaPath:"#/properties/alerts/properties/runbookUrls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/alerts/runbookUrls",schemaPath:"#/properties/alerts/properties/runbookUrls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.redact !== undefined){
let data7 = data.redact;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "patterns") || (key2 === "values"))){
const err14 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.patterns !== undefined){
let data8 = data7.patterns;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err15 = {instancePath:instancePath+"/redact/patterns/" + i2,schemaPath:"#/properties/redact/properties/patterns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data9.regex === undefined){
const err16 = {instancePath:instancePath+"/redact/patterns/" + i2,schemaPath:"#/properties/redact/properties/patterns/items/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "name") || (key3 === "regex"))){
const err17 = {instancePath:instancePath+"/redact/patterns/" + i2,schemaPath:"#/properties/redact/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err18 = {instancePath:instancePath+"/redact/patterns/" + i2+"/name",schemaPath:"#/properties/redact/properties/patterns/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/redact/patterns/" + i2+"/name",schemaPath:"#/properties/redact/properties/patterns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.regex !== undefined){
let data11 = data9.regex;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err20 = {instancePath:instancePath+"/redact/patterns/" + i2+"/regex",schemaPath:"#/properties/redact/properties/patterns/items/properties/regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/redact/patterns/" + i2+"/regex",schemaPath:"#/properties/redact/properties/patterns/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/redact/patterns/" + i2,schemaPath:"#/properties/redact/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/redact/patterns",schemaPath:"#/properties/redact/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.values !== undefined){
let data12 = data7.values;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err24 = {instancePath:instancePath+"/redact/values/" + i3,schemaPath:"#/properties/redact/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/redact/values/" + i3,schemaPath:"#/properties/redact/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/redact/values",schemaPath:"#/properties/redact/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.rules !== undefined){
let data14 = data.rules;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
const _errs35 = errors;
if(!(((((((((((((((((((((key4 === "schema") || (key4 === "id-matches-filename")) || (key4 === "unique-id")) || (key4 === "unique-step-ids")) || (key4 === "no-undeclared-variable")) || (key4 === "no-unused-variable")) || (key4 === "valid-capture")) || (key4 === "valid-evidence")) || (key4 === "resolution-has-steps")) || (key4 === "escalation-criteria")) || (key4 === "no-literal-secrets")) || (key4 === "review-overdue")) || (key4 === "valid-links")) || (key4 === "require-prevention")) || (key4 === "no-angle-placeholder")) || (key4 === "read-only-commands")) || (key4 === "no-unprotected-secret-read")) || (key4 === "valid-scenario")) || (key4 === "require-namespace")) || (key4 === "no-quoted-placeholder")) || (key4 === "todo-marker"))){
const err28 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key4};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid12 = _errs35 === errors;
if(!valid12){
const err29 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key5 in data14){
let data15 = data14[key5];
if(!(((data15 === "off") || (data15 === "warn")) || (data15 === "error"))){
const err30 = {instancePath:instancePath+"/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

