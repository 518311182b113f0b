// @ts-nocheck
/* Generated from schemas/runbook.schema.json by scripts/generate.js (ajv standalone): edit the schema, then run `npm run generate`. */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://runbook.dev/schemas/runbook.schema.json","title":"Runbook","description":"The YAML front-matter of a runbook: what it is for, what the operator runs to diagnose and resolve, and when to escalate.","type":"object","additionalProperties":false,"required":["id","title","summary","severity","owner","symptoms","diagnosis","escalation"],"properties":{"id":{"description":"Stable kebab-case name, unique in the repository; equals the file name without `.md`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100},"title":{"description":"One line naming the problem.","type":"string","minLength":1,"maxLength":200},"summary":{"description":"One or two sentences: what goes wrong and why it matters.","type":"string","minLength":1},"severity":{"description":"How bad the problem is for users.","enum":["critical","high","medium","low"]},"owner":{"description":"Team that maintains this runbook.","type":"string","minLength":1},"alerts":{"description":"Names of the alerts that should link to this runbook.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"reviewed":{"description":"Date of the last review (YYYY-MM-DD).","type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},"review_every":{"description":"How often the runbook must be reviewed.","$ref":"#/$defs/duration"},"contexts":{"description":"Kube context name patterns (`*` wildcard) this runbook is meant for; the runner warns on others.","type":"array","items":{"type":"string","minLength":1}},"links":{"description":"Dashboards, logs and documents worth opening during the incident.","type":"array","items":{"$ref":"#/$defs/link"}},"variables":{"description":"Every value a command needs, by name; the runner prompts for each before first use.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/variable"}},"symptoms":{"description":"What the operator sees when this problem happens.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"impact":{"description":"Who is affected and how.","type":"string"},"diagnosis":{"description":"Read-only steps, in order, that confirm the problem and point to a cause.","type":"array","minItems":1,"items":{"$ref":"#/$defs/diagnosisStep"}},"resolution":{"description":"One branch per root cause; the operator picks one after diagnosis.","type":"array","items":{"$ref":"#/$defs/branch"}},"escalation":{"$ref":"#/$defs/escalation"}},"$defs":{"duration":{"description":"A duration: a whole number followed by s, m, h or d (`30s`, `15m`, `2h`, `90d`).","type":"string","pattern":"^[1-9][0-9]*(s|m|h|d)$"},"link":{"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1},"url":{"type":"string","minLength":1}}},"variable":{"type":"object","additionalProperties":false,"required":["description"],"properties":{"description":{"description":"Shown when the operator is asked for the value.","type":"string","minLength":1},"type":{"description":"How the value is validated: `k8s-name` is a DNS-1123 name.","enum":["string","k8s-name","integer","enum"],"default":"string"},"default":{"description":"Used when nothing else supplies a value.","type":["string","integer"]},"choices":{"description":"The allowed values of an `enum` variable.","type":"array","minItems":1,"items":{"type":["string","integer"]}},"choices_from":{"description":"A read-only command whose output lines (`kind/name` is shortened to `name`) are offered as a pick list.","type":"string","minLength":1}},"if":{"type":"object","properties":{"type":{"const":"enum"}},"required":["type"]},"then":{"type":"object","required":["choices"]}},"commonStepFields":{"type":"object","properties":{"id":{"description":"Stable name of the step, kebab-case; sessions and bundles refer to steps by it.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"description":"What the step does, as an instruction.","type":"string","minLength":1},"run":{"description":"The command to run; `{{name}}` placeholders are filled in shell-quoted. Omit for a manual check.","type":"string","minLength":1},"expect":{"description":"What the operator should look for in the output.","type":"string"},"link":{"description":"A dashboard or document for this step.","type":"string","minLength":1},"timeout":{"description":"Stop the command after this long (default 60s).","$ref":"#/$defs/duration"},"tier":{"description":"Who may carry out the step; Tier 3 steps are shown and recorded, never run by Tier 2.","enum":[2,3],"default":2},"confirm":{"description":"Ask for typed confirmation before running, even if the command looks read-only.","type":"boolean"},"approval":{"description":"Running the step needs an approval; who approved and why is recorded first.","oneOf":[{"type":"boolean"},{"type":"string","minLength":1}]},"sensitive":{"description":"The output is shown but never stored or bundled.","type":"boolean"},"capture":{"description":"Variable name to regular expression: the first match's first group fills that variable for later steps.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1}}}},"diagnosisStep":{"type":"object","$ref":"#/$defs/commonStepFields","required":["id","title"],"unevaluatedProperties":false},"resolutionStep":{"type":"object","allOf":[{"$ref":"#/$defs/commonStepFields"},{"properties":{"test":{"description":"`skip`: `runbook test` does not run this step (it checks a change that a test, read-only, never makes).","enum":["skip"]}}}],"required":["title"],"unevaluatedProperties":false},"branch":{"type":"object","additionalProperties":false,"required":["cause","title"],"properties":{"cause":{"description":"Stable kebab-case name of the root cause.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1},"when":{"description":"How the operator recognises this cause.","type":"string"},"evidence":{"description":"Lets the runner suggest this branch: `matches` is a regular expression tested against the output of diagnosis step `step`.","type":"object","additionalProperties":false,"required":["step","matches"],"properties":{"step":{"type":"string","minLength":1},"matches":{"type":"string","minLength":1}}},"steps":{"type":"array","items":{"$ref":"#/$defs/resolutionStep"}}}},"escalation":{"description":"When and to whom Tier 2 hands over, and what is collected for them.","type":"object","additionalProperties":false,"properties":{"after":{"description":"The runner warns when the session passes this.","$ref":"#/$defs/duration"},"when":{"description":"Criteria that call for escalation.","type":"array","items":{"type":"string","minLength":1}},"contact":{"description":"Who to escalate to.","type":"string","minLength":1},"collect":{"description":"Read-only commands run automatically into the escalation bundle.","type":"array","items":{"type":"string","minLength":1}}}}}};
const schema32 = {"description":"A duration: a whole number followed by s, m, h or d (`30s`, `15m`, `2h`, `90d`).","type":"string","pattern":"^[1-9][0-9]*(s|m|h|d)$"};
const schema33 = {"type":"object","additionalProperties":false,"required":["title","url"],"properties":{"title":{"type":"string","minLength":1},"url":{"type":"string","minLength":1}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["description"],"properties":{"description":{"description":"Shown when the operator is asked for the value.","type":"string","minLength":1},"type":{"description":"How the value is validated: `k8s-name` is a DNS-1123 name.","enum":["string","k8s-name","integer","enum"],"default":"string"},"default":{"description":"Used when nothing else supplies a value.","type":["string","integer"]},"choices":{"description":"The allowed values of an `enum` variable.","type":"array","minItems":1,"items":{"type":["string","integer"]}},"choices_from":{"description":"A read-only command whose output lines (`kind/name` is shortened to `name`) are offered as a pick list.","type":"string","minLength":1}},"if":{"type":"object","properties":{"type":{"const":"enum"}},"required":["type"]},"then":{"type":"object","required":["choices"]}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = (text) => { let count = 0; for (const _ of text) count++; return count; };
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "u");
const pattern6 = new RegExp("^[1-9][0-9]*(s|m|h|d)$", "u");
const pattern7 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema35 = {"type":"object","$ref":"#/$defs/commonStepFields","required":["id","title"],"unevaluatedProperties":false};
const schema36 = {"type":"object","properties":{"id":{"description":"Stable name of the step, kebab-case; sessions and bundles refer to steps by it.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"description":"What the step does, as an instruction.","type":"string","minLength":1},"run":{"description":"The command to run; `{{name}}` placeholders are filled in shell-quoted. Omit for a manual check.","type":"string","minLength":1},"expect":{"description":"What the operator should look for in the output.","type":"string"},"link":{"description":"A dashboard or document for this step.","type":"string","minLength":1},"timeout":{"description":"Stop the command after this long (default 60s).","$ref":"#/$defs/duration"},"tier":{"description":"Who may carry out the step; Tier 3 steps are shown and recorded, never run by Tier 2.","enum":[2,3],"default":2},"confirm":{"description":"Ask for typed confirmation before running, even if the command looks read-only.","type":"boolean"},"approval":{"description":"Running the step needs an approval; who approved and why is recorded first.","oneOf":[{"type":"boolean"},{"type":"string","minLength":1}]},"sensitive":{"description":"The output is shown but never stored or bundled.","type":"boolean"},"capture":{"description":"Variable name to regular expression: the first match's first group fills that variable for later steps.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.run !== undefined){
let data2 = data.run;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.expect !== undefined){
if(typeof data.expect !== "string"){
const err6 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.link !== undefined){
let data4 = data.link;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/link",schemaPath:"#/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timeout !== undefined){
let data5 = data.timeout;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err9 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(s|m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tier !== undefined){
let data6 = data.tier;
if(!((data6 === 2) || (data6 === 3))){
const err11 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema36.properties.tier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.confirm !== undefined){
if(typeof data.confirm !== "boolean"){
const err12 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.approval !== undefined){
let data8 = data.approval;
const _errs18 = errors;
let valid2 = false;
let passing0 = null;
const _errs19 = errors;
if(typeof data8 !== "boolean"){
const err13 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs21 = errors;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err14 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/oneOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err16 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.sensitive !== undefined){
if(typeof data.sensitive !== "boolean"){
const err17 = {instancePath:instancePath+"/sensitive",schemaPath:"#/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.capture !== undefined){
let data10 = data.capture;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
const _errs27 = errors;
if(typeof key0 === "string"){
if(!pattern7.test(key0)){
const err18 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid3 = _errs27 === errors;
if(!valid3){
const err19 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key1 in data10){
let data11 = data10[key1];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err20 = {instancePath:instancePath+"/capture/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capture/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/capture/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capture/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/capture",schemaPath:"#/properties/capture/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"id":true,"title":true,"run":true,"expect":true,"link":true,"timeout":true,"tier":true,"confirm":true,"approval":true,"sensitive":true,"capture":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(((((((((((key0 !== "id") && (key0 !== "title")) && (key0 !== "run")) && (key0 !== "expect")) && (key0 !== "link")) && (key0 !== "timeout")) && (key0 !== "tier")) && (key0 !== "confirm")) && (key0 !== "approval")) && (key0 !== "sensitive")) && (key0 !== "capture")){
const err2 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","additionalProperties":false,"required":["cause","title"],"properties":{"cause":{"description":"Stable kebab-case name of the root cause.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"title":{"type":"string","minLength":1},"when":{"description":"How the operator recognises this cause.","type":"string"},"evidence":{"description":"Lets the runner suggest this branch: `matches` is a regular expression tested against the output of diagnosis step `step`.","type":"object","additionalProperties":false,"required":["step","matches"],"properties":{"step":{"type":"string","minLength":1},"matches":{"type":"string","minLength":1}}},"steps":{"type":"array","items":{"$ref":"#/$defs/resolutionStep"}}}};
const schema39 = {"type":"object","allOf":[{"$ref":"#/$defs/commonStepFields"},{"properties":{"test":{"description":"`skip`: `runbook test` does not run this step (it checks a change that a test, read-only, never makes).","enum":["skip"]}}}],"required":["title"],"unevaluatedProperties":false};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.test !== undefined){
if(!(data.test === "skip")){
const err0 = {instancePath:instancePath+"/test",schemaPath:"#/allOf/1/properties/test/enum",keyword:"enum",params:{allowedValues: schema39.allOf[1].properties.test.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if((((((((((((key0 !== "test") && (key0 !== "id")) && (key0 !== "title")) && (key0 !== "run")) && (key0 !== "expect")) && (key0 !== "link")) && (key0 !== "timeout")) && (key0 !== "tier")) && (key0 !== "confirm")) && (key0 !== "approval")) && (key0 !== "sensitive")) && (key0 !== "capture")){
const err2 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cause === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cause"},message:"must have required property '"+"cause"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "cause") || (key0 === "title")) || (key0 === "when")) || (key0 === "evidence")) || (key0 === "steps"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.cause !== undefined){
let data0 = data.cause;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
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
const err4 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.when !== undefined){
if(typeof data.when !== "string"){
const err7 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.evidence !== undefined){
let data3 = data.evidence;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.step === undefined){
const err8 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.matches === undefined){
const err9 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "matches"},message:"must have required property '"+"matches"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "step") || (key1 === "matches"))){
const err10 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.step !== undefined){
let data4 = data3.step;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/evidence/step",schemaPath:"#/properties/evidence/properties/step/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/evidence/step",schemaPath:"#/properties/evidence/properties/step/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.matches !== undefined){
let data5 = data3.matches;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err13 = {instancePath:instancePath+"/evidence/matches",schemaPath:"#/properties/evidence/properties/matches/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/evidence/matches",schemaPath:"#/properties/evidence/properties/matches/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.steps !== undefined){
let data6 = data.steps;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data6[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"description":"When and to whom Tier 2 hands over, and what is collected for them.","type":"object","additionalProperties":false,"properties":{"after":{"description":"The runner warns when the session passes this.","$ref":"#/$defs/duration"},"when":{"description":"Criteria that call for escalation.","type":"array","items":{"type":"string","minLength":1}},"contact":{"description":"Who to escalate to.","type":"string","minLength":1},"collect":{"description":"Read-only commands run automatically into the escalation bundle.","type":"array","items":{"type":"string","minLength":1}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "after") || (key0 === "when")) || (key0 === "contact")) || (key0 === "collect"))){
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
if(data.after !== undefined){
let data0 = data.after;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(s|m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(s|m|h|d)$"+"\""};
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
const err2 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.when !== undefined){
let data1 = data.when;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err3 = {instancePath:instancePath+"/when/" + i0,schemaPath:"#/properties/when/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/when/" + i0,schemaPath:"#/properties/when/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.contact !== undefined){
let data3 = data.contact;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.collect !== undefined){
let data4 = data.collect;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/collect/" + i1,schemaPath:"#/properties/collect/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/collect/" + i1,schemaPath:"#/properties/collect/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/collect",schemaPath:"#/properties/collect/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://runbook.dev/schemas/runbook.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.summary === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.severity === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.owner === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.symptoms === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symptoms"},message:"must have required property '"+"symptoms"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.diagnosis === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "diagnosis"},message:"must have required property '"+"diagnosis"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.escalation === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "escalation"},message:"must have required property '"+"escalation"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.severity !== undefined){
let data3 = data.severity;
if(!((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low"))){
const err17 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.owner !== undefined){
let data4 = data.owner;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err18 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.alerts !== undefined){
let data5 = data.alerts;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err20 = {instancePath:instancePath+"/alerts/" + i0,schemaPath:"#/properties/alerts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err21 = {instancePath:instancePath+"/alerts/" + i0,schemaPath:"#/properties/alerts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err22 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reviewed !== undefined){
let data7 = data.reviewed;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err24 = {instancePath:instancePath+"/reviewed",schemaPath:"#/properties/reviewed/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"+"\""};
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
const err25 = {instancePath:instancePath+"/reviewed",schemaPath:"#/properties/reviewed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.review_every !== undefined){
let data8 = data.review_every;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err26 = {instancePath:instancePath+"/review_every",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*(s|m|h|d)$"},message:"must match pattern \""+"^[1-9][0-9]*(s|m|h|d)$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/review_every",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.contexts !== undefined){
let data9 = data.contexts;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err28 = {instancePath:instancePath+"/contexts/" + i2,schemaPath:"#/properties/contexts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/contexts/" + i2,schemaPath:"#/properties/contexts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/contexts",schemaPath:"#/properties/contexts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.links !== undefined){
let data11 = data.links;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i3=0; i3<len2; i3++){
let data12 = data11[i3];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.title === undefined){
const err31 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/$defs/link/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.url === undefined){
const err32 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/$defs/link/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "title") || (key1 === "url"))){
const err33 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/$defs/link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.title !== undefined){
let data13 = data12.title;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err34 = {instancePath:instancePath+"/links/" + i3+"/title",schemaPath:"#/$defs/link/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/links/" + i3+"/title",schemaPath:"#/$defs/link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.url !== undefined){
let data14 = data12.url;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err36 = {instancePath:instancePath+"/links/" + i3+"/url",schemaPath:"#/$defs/link/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/links/" + i3+"/url",schemaPath:"#/$defs/link/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/$defs/link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.variables !== undefined){
let data15 = data.variables;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
const _errs36 = errors;
if(typeof key2 === "string"){
if(!pattern7.test(key2)){
const err40 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid11 = _errs36 === errors;
if(!valid11){
const err41 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key3 in data15){
let data16 = data15[key3];
const _errs41 = errors;
let valid14 = true;
const _errs42 = errors;
if(errors === _errs42){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing0;
if((data16.type === undefined) && (missing0 = "type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data16.type !== undefined){
if("enum" !== data16.type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
else {
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid0 = _errs42 === errors;
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs45 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.choices === undefined){
const err45 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/then/required",keyword:"required",params:{missingProperty: "choices"},message:"must have required property '"+"choices"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs45 === errors;
valid14 = _valid0;
}
if(!valid14){
const err47 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.description === undefined){
const err48 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key4 in data16){
if(!(((((key4 === "description") || (key4 === "type")) || (key4 === "default")) || (key4 === "choices")) || (key4 === "choices_from"))){
const err49 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.description !== undefined){
let data18 = data16.description;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err50 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/variable/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/variable/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.type !== undefined){
let data19 = data16.type;
if(!((((data19 === "string") || (data19 === "k8s-name")) || (data19 === "integer")) || (data19 === "enum"))){
const err52 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/variable/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.default !== undefined){
let data20 = data16.default;
if((typeof data20 !== "string") && (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20))))){
const err53 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/$defs/variable/properties/default/type",keyword:"type",params:{type: schema34.properties.default.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.choices !== undefined){
let data21 = data16.choices;
if(Array.isArray(data21)){
if(data21.length < 1){
const err54 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/choices",schemaPath:"#/$defs/variable/properties/choices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len3 = data21.length;
for(let i4=0; i4<len3; i4++){
let data22 = data21[i4];
if((typeof data22 !== "string") && (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22))))){
const err55 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/choices/" + i4,schemaPath:"#/$defs/variable/properties/choices/items/type",keyword:"type",params:{type: schema34.properties.choices.items.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/choices",schemaPath:"#/$defs/variable/properties/choices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.choices_from !== undefined){
let data23 = data16.choices_from;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err57 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/choices_from",schemaPath:"#/$defs/variable/properties/choices_from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/choices_from",schemaPath:"#/$defs/variable/properties/choices_from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variable/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.symptoms !== undefined){
let data24 = data.symptoms;
if(Array.isArray(data24)){
if(data24.length < 1){
const err61 = {instancePath:instancePath+"/symptoms",schemaPath:"#/properties/symptoms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len4 = data24.length;
for(let i5=0; i5<len4; i5++){
let data25 = data24[i5];
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err62 = {instancePath:instancePath+"/symptoms/" + i5,schemaPath:"#/properties/symptoms/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/symptoms/" + i5,schemaPath:"#/properties/symptoms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/symptoms",schemaPath:"#/properties/symptoms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.impact !== undefined){
if(typeof data.impact !== "string"){
const err65 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.diagnosis !== undefined){
let data27 = data.diagnosis;
if(Array.isArray(data27)){
if(data27.length < 1){
const err66 = {instancePath:instancePath+"/diagnosis",schemaPath:"#/properties/diagnosis/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len5 = data27.length;
for(let i6=0; i6<len5; i6++){
if(!(validate21(data27[i6], {instancePath:instancePath+"/diagnosis/" + i6,parentData:data27,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err67 = {instancePath:instancePath+"/diagnosis",schemaPath:"#/properties/diagnosis/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.resolution !== undefined){
let data29 = data.resolution;
if(Array.isArray(data29)){
const len6 = data29.length;
for(let i7=0; i7<len6; i7++){
if(!(validate25(data29[i7], {instancePath:instancePath+"/resolution/" + i7,parentData:data29,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.escalation !== undefined){
if(!(validate30(data.escalation, {instancePath:instancePath+"/escalation",parentData:data,parentDataProperty:"escalation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

