// @ts-nocheck
/* Generated from schemas/config.schema.json by scripts/generate.js (ajv standalone): edit the schema, then run `npm run generate`. */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://runbook.dev/schemas/config.schema.json","title":"RunbookConfig","description":"runbook.config.yaml: project settings for every runbook command.","type":"object","additionalProperties":false,"properties":{"runbooksDir":{"description":"Folder holding the runbooks, relative to this file (default `runbooks`).","type":"string","minLength":1},"ignore":{"description":"Glob patterns, relative to this file, of Markdown files that are not runbooks.","type":"array","items":{"type":"string","minLength":1}},"maxFileSize":{"description":"Largest runbook file linted, in bytes (default 4194304, 4 MiB).","type":"integer","minimum":1024},"redact":{"description":"Extra redaction for escalation bundles, on top of the built-in rules.","type":"object","additionalProperties":false,"properties":{"patterns":{"description":"Regular expressions (JavaScript syntax) whose matches are redacted; `name` appears in the placeholder, `[REDACTED:<name>:<n>]`.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","regex"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"regex":{"type":"string","minLength":1}}}},"values":{"description":"Exact values to redact wherever they appear (prefer `--redact-value` or an untracked config for real secrets).","type":"array","items":{"type":"string","minLength":1}}}},"rules":{"description":"Severity per rule id: `off`, `warn` or `error`.","type":"object","propertyNames":{"enum":["schema","id-matches-filename","unique-id","unique-step-ids","no-undeclared-variable","no-unused-variable","valid-capture","valid-evidence","resolution-has-steps","escalation-criteria","no-literal-secrets","review-overdue","valid-links","require-prevention","no-angle-placeholder","read-only-commands","no-unprotected-secret-read","valid-scenario","require-namespace","no-quoted-placeholder"]},"additionalProperties":{"enum":["off","warn","error"]}}}};
const func1 = (text) => { let count = 0; for (const _ of text) count++; return count; };
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

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
if(!(((((key0 === "runbooksDir") || (key0 === "ignore")) || (key0 === "maxFileSize")) || (key0 === "redact")) || (key0 === "rules"))){
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
if(data.redact !== undefined){
let data4 = data.redact;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "patterns") || (key1 === "values"))){
const err8 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.patterns !== undefined){
let data5 = data4.patterns;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err9 = {instancePath:instancePath+"/redact/patterns/" + i1,schemaPath:"#/properties/redact/properties/patterns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.regex === undefined){
const err10 = {instancePath:instancePath+"/redact/patterns/" + i1,schemaPath:"#/properties/redact/properties/patterns/items/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "name") || (key2 === "regex"))){
const err11 = {instancePath:instancePath+"/redact/patterns/" + i1,schemaPath:"#/properties/redact/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err12 = {instancePath:instancePath+"/redact/patterns/" + i1+"/name",schemaPath:"#/properties/redact/properties/patterns/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/redact/patterns/" + i1+"/name",schemaPath:"#/properties/redact/properties/patterns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.regex !== undefined){
let data8 = data6.regex;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err14 = {instancePath:instancePath+"/redact/patterns/" + i1+"/regex",schemaPath:"#/properties/redact/properties/patterns/items/properties/regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/redact/patterns/" + i1+"/regex",schemaPath:"#/properties/redact/properties/patterns/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/redact/patterns/" + i1,schemaPath:"#/properties/redact/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/redact/patterns",schemaPath:"#/properties/redact/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.values !== undefined){
let data9 = data4.values;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err18 = {instancePath:instancePath+"/redact/values/" + i2,schemaPath:"#/properties/redact/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/redact/values/" + i2,schemaPath:"#/properties/redact/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/redact/values",schemaPath:"#/properties/redact/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/redact",schemaPath:"#/properties/redact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.rules !== undefined){
let data11 = data.rules;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
const _errs28 = errors;
if(!((((((((((((((((((((key3 === "schema") || (key3 === "id-matches-filename")) || (key3 === "unique-id")) || (key3 === "unique-step-ids")) || (key3 === "no-undeclared-variable")) || (key3 === "no-unused-variable")) || (key3 === "valid-capture")) || (key3 === "valid-evidence")) || (key3 === "resolution-has-steps")) || (key3 === "escalation-criteria")) || (key3 === "no-literal-secrets")) || (key3 === "review-overdue")) || (key3 === "valid-links")) || (key3 === "require-prevention")) || (key3 === "no-angle-placeholder")) || (key3 === "read-only-commands")) || (key3 === "no-unprotected-secret-read")) || (key3 === "valid-scenario")) || (key3 === "require-namespace")) || (key3 === "no-quoted-placeholder"))){
const err22 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid9 = _errs28 === errors;
if(!valid9){
const err23 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key4 in data11){
let data12 = data11[key4];
if(!(((data12 === "off") || (data12 === "warn")) || (data12 === "error"))){
const err24 = {instancePath:instancePath+"/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

