// @ts-nocheck
/* Generated from schemas/config.schema.json by scripts/generate.js (ajv standalone): edit the schema, then run `npm run generate`. */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://runbook.dev/schemas/config.schema.json","title":"RunbookConfig","description":"runbook.config.yaml: project settings for every runbook command.","type":"object","additionalProperties":false,"properties":{"runbooksDir":{"description":"Folder holding the runbooks, relative to this file (default `runbooks`).","type":"string","minLength":1},"ignore":{"description":"Glob patterns, relative to this file, of Markdown files that are not runbooks.","type":"array","items":{"type":"string","minLength":1}},"maxFileSize":{"description":"Largest runbook file linted, in bytes (default 4194304, 4 MiB).","type":"integer","minimum":1024},"rules":{"description":"Severity per rule id: `off`, `warn` or `error`.","type":"object","propertyNames":{"enum":["schema","id-matches-filename","unique-id","unique-step-ids","no-undeclared-variable","no-unused-variable","valid-capture","valid-evidence","resolution-has-steps","escalation-criteria","no-literal-secrets","review-overdue","valid-links","require-prevention","no-angle-placeholder","read-only-commands","require-namespace","no-quoted-placeholder"]},"additionalProperties":{"enum":["off","warn","error"]}}}};
const func1 = (text) => { let count = 0; for (const _ of text) count++; return count; };

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
if(!((((key0 === "runbooksDir") || (key0 === "ignore")) || (key0 === "maxFileSize")) || (key0 === "rules"))){
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
if(data.rules !== undefined){
let data4 = data.rules;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(!((((((((((((((((((key1 === "schema") || (key1 === "id-matches-filename")) || (key1 === "unique-id")) || (key1 === "unique-step-ids")) || (key1 === "no-undeclared-variable")) || (key1 === "no-unused-variable")) || (key1 === "valid-capture")) || (key1 === "valid-evidence")) || (key1 === "resolution-has-steps")) || (key1 === "escalation-criteria")) || (key1 === "no-literal-secrets")) || (key1 === "review-overdue")) || (key1 === "valid-links")) || (key1 === "require-prevention")) || (key1 === "no-angle-placeholder")) || (key1 === "read-only-commands")) || (key1 === "require-namespace")) || (key1 === "no-quoted-placeholder"))){
const err8 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid3 = _errs12 === errors;
if(!valid3){
const err9 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(!(((data5 === "off") || (data5 === "warn")) || (data5 === "error"))){
const err10 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

