// @ts-nocheck
/* Generated from schemas/scenario.schema.json by scripts/generate.js (ajv standalone): edit the schema, then run `npm run generate`. */
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://runbook.dev/schemas/scenario.schema.json","title":"Scenario","description":"A simulated cluster in trouble, for `runbook drill`, `runbook test` and `runbook sim serve`: its objects, container logs, metrics, and what a correct walk of the runbook finds.","type":"object","additionalProperties":false,"required":["runbook","objects"],"properties":{"runbook":{"description":"Id of the runbook this scenario drills.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100},"description":{"description":"What is wrong, in a sentence or two; shown when a drill starts.","type":"string","minLength":1},"namespace":{"description":"The default namespace of the kubeconfig context (default: `default`).","$ref":"#/$defs/dnsLabel"},"alert":{"description":"The alert that pages the operator; labels named like a runbook variable fill it.","type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"labels":{"type":"object","additionalProperties":{"type":"string"}},"summary":{"type":"string"}}},"variables":{"description":"Values `runbook test` passes as `--var name=value`.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]}},"objects":{"description":"Kubernetes manifests as the API server would return them. Any string that is exactly `now` or a signed duration (`-3h`, `-2m30s`, `+5m`) becomes a timestamp that far from the start of the simulation.","type":"array","items":{"$ref":"#/$defs/object"}},"logs":{"description":"Container logs: the current one, or the previous (last terminated) container's with `previous: true`.","type":"array","items":{"type":"object","additionalProperties":false,"required":["pod","text"],"properties":{"namespace":{"description":"Default: the scenario's namespace.","$ref":"#/$defs/dnsLabel"},"pod":{"type":"string","minLength":1},"container":{"description":"May be left out when the pod has one container.","type":"string","minLength":1},"previous":{"type":"boolean"},"text":{"type":"string"}}}},"metrics":{"description":"Resource usage for `kubectl top` (metrics.k8s.io).","type":"object","additionalProperties":false,"properties":{"pods":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["pod","containers"],"properties":{"namespace":{"description":"Default: the scenario's namespace.","$ref":"#/$defs/dnsLabel"},"pod":{"type":"string","minLength":1},"containers":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/usage"}},"ephemeralStorage":{"description":"Node disk the pod uses outside its volumes' claims (writable layers, logs, emptyDir), as the kubelet's stats summary reports it.","$ref":"#/$defs/quantity"}}}},"nodes":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["node","cpu","memory"],"properties":{"node":{"type":"string","minLength":1},"cpu":{"$ref":"#/$defs/quantity"},"memory":{"$ref":"#/$defs/quantity"},"filesystem":{"description":"The node's root filesystem (nodefs), as the kubelet's stats summary reports it.","$ref":"#/$defs/filesystem"}}}},"volumes":{"description":"Usage of pods' volumes, as the kubelet's stats summary (`/api/v1/nodes/<node>/proxy/stats/summary`) reports it; a volume that mounts a PersistentVolumeClaim carries its name.","type":"array","items":{"type":"object","additionalProperties":false,"required":["pod","volume","capacity","used"],"properties":{"namespace":{"description":"Default: the scenario's namespace.","$ref":"#/$defs/dnsLabel"},"pod":{"type":"string","minLength":1},"volume":{"description":"Name of the volume in the pod's spec.","type":"string","minLength":1},"capacity":{"$ref":"#/$defs/quantity"},"used":{"$ref":"#/$defs/quantity"},"inodes":{"type":"integer","minimum":0},"inodesUsed":{"type":"integer","minimum":0}}}}}},"certificates":{"description":"X.509 certificates the server makes when it starts and stores (PEM, base64 as in any Secret) under a key of a Secret, so `openssl x509` shows dates relative to the drill's clock. Each is signed by a throwaway key; no private key is kept. A Secret that the objects do not hold is made as a `kubernetes.io/tls` Secret.","type":"array","items":{"type":"object","additionalProperties":false,"required":["secret","notAfter"],"properties":{"namespace":{"description":"Default: the scenario's namespace.","$ref":"#/$defs/dnsLabel"},"secret":{"type":"string","minLength":1},"key":{"description":"Data key of the Secret (default `tls.crt`).","type":"string","minLength":1},"commonName":{"description":"Default: the first DNS name.","type":"string","minLength":1},"dnsNames":{"type":"array","items":{"type":"string","minLength":1}},"issuer":{"description":"Common name of the issuer written into the certificate.","type":"string","minLength":1},"notBefore":{"description":"Default `-90d`.","$ref":"#/$defs/moment"},"notAfter":{"$ref":"#/$defs/moment"}}}},"observations":{"description":"What the operator would see where a step sends them outside the cluster (a dashboard, a database console), by step id; a drill shows it under that step.","type":"object","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"additionalProperties":{"type":"string","minLength":1}},"expect":{"description":"What a correct walk of the runbook finds: drills are scored against it and `runbook test` checks it.","type":"object","additionalProperties":false,"properties":{"cause":{"description":"The resolution branch a correct diagnosis reaches; leave out when none fits.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"escalate":{"description":"Whether a correct walk escalates.","type":"boolean"},"steps":{"description":"Step id to a regular expression the step's output must match.","type":"object","additionalProperties":{"type":"string","minLength":1}}}}},"$defs":{"dnsLabel":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"moment":{"description":"`now`, a signed duration from the start (`-90d`, `+6d12h`), or an RFC 3339 time.","type":"string","pattern":"^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"},"quantity":{"description":"A Kubernetes quantity: `250m`, `1`, `0.5`, `512Mi`, `2Gi`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},"filesystem":{"type":"object","additionalProperties":false,"required":["capacity","used"],"properties":{"capacity":{"$ref":"#/$defs/quantity"},"used":{"$ref":"#/$defs/quantity"},"inodes":{"type":"integer","minimum":0},"inodesUsed":{"type":"integer","minimum":0}}},"usage":{"type":"object","additionalProperties":false,"required":["cpu","memory"],"properties":{"cpu":{"$ref":"#/$defs/quantity"},"memory":{"$ref":"#/$defs/quantity"}}},"object":{"title":"ScenarioObject","description":"One Kubernetes object.","type":"object","required":["apiVersion","kind","metadata"],"allOf":[{"if":{"required":["kind"],"properties":{"kind":{"const":"Pod"}}},"then":{"properties":{"spec":{"$ref":"#/$defs/podSpec"}}}},{"if":{"required":["kind"],"properties":{"kind":{"enum":["Deployment","ReplicaSet","StatefulSet","DaemonSet","Job"]}}},"then":{"properties":{"spec":{"type":"object","properties":{"template":{"type":"object","properties":{"spec":{"$ref":"#/$defs/podSpec"}}}}}}}},{"if":{"required":["kind"],"properties":{"kind":{"const":"Deployment"}}},"then":{"properties":{"spec":{"$ref":"#/$defs/deploymentSpec"}}}}],"$comment":"Top-level fields of the Kubernetes kinds (most have only spec and status); a misspelt one is an error, not an object the simulated cluster quietly serves without it.","additionalProperties":false,"properties":{"apiVersion":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"metadata":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":253},"generateName":{"type":"string"},"namespace":{"$ref":"#/$defs/dnsLabel"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"creationTimestamp":{},"deletionTimestamp":{},"uid":{"type":"string"},"generation":{"type":"integer"},"resourceVersion":{"type":"string"},"ownerReferences":{"type":"array"},"finalizers":{"type":"array","items":{"type":"string"}}}},"spec":{},"status":{},"data":{},"stringData":{},"binaryData":{},"type":{},"immutable":{},"subsets":{},"addressType":{},"endpoints":{},"ports":{},"involvedObject":{},"reason":{},"message":{},"source":{},"count":{},"firstTimestamp":{},"lastTimestamp":{},"eventTime":{},"reportingComponent":{},"reportingInstance":{},"action":{},"related":{},"series":{},"regarding":{},"note":{},"deprecatedSource":{},"deprecatedFirstTimestamp":{},"deprecatedLastTimestamp":{},"deprecatedCount":{},"rules":{},"roleRef":{},"subjects":{},"aggregationRule":{},"provisioner":{},"parameters":{},"reclaimPolicy":{},"volumeBindingMode":{},"allowVolumeExpansion":{},"mountOptions":{},"allowedTopologies":{},"secrets":{},"imagePullSecrets":{},"automountServiceAccountToken":{},"value":{},"globalDefault":{},"preemptionPolicy":{},"description":{},"handler":{},"overhead":{},"scheduling":{},"webhooks":{},"items":{}}},"deploymentSpec":{"description":"A Deployment's spec (Kubernetes 1.32): a misspelt field is reported, not ignored.","type":"object","additionalProperties":false,"properties":{"replicas":{},"selector":{},"template":{},"strategy":{},"minReadySeconds":{},"revisionHistoryLimit":{},"progressDeadlineSeconds":{},"paused":{}}},"podSpec":{"description":"A pod's spec (Kubernetes 1.32), in a Pod or a workload's template.","type":"object","additionalProperties":false,"properties":{"containers":{"type":"array","items":{"$ref":"#/$defs/container"}},"initContainers":{"type":"array","items":{"$ref":"#/$defs/container"}},"ephemeralContainers":{},"activeDeadlineSeconds":{},"affinity":{},"automountServiceAccountToken":{},"dnsConfig":{},"dnsPolicy":{},"enableServiceLinks":{},"hostAliases":{},"hostIPC":{},"hostNetwork":{},"hostPID":{},"hostUsers":{},"hostname":{},"imagePullSecrets":{},"nodeName":{},"nodeSelector":{},"os":{},"overhead":{},"preemptionPolicy":{},"priority":{},"priorityClassName":{},"readinessGates":{},"resourceClaims":{},"resources":{},"restartPolicy":{},"runtimeClassName":{},"schedulerName":{},"schedulingGates":{},"securityContext":{},"serviceAccount":{},"serviceAccountName":{},"setHostnameAsFQDN":{},"shareProcessNamespace":{},"subdomain":{},"terminationGracePeriodSeconds":{},"tolerations":{},"topologySpreadConstraints":{},"volumes":{}}},"container":{"description":"One container of a pod spec (Kubernetes 1.32).","type":"object","additionalProperties":false,"properties":{"name":{},"image":{},"imagePullPolicy":{},"command":{},"args":{},"workingDir":{},"env":{},"envFrom":{},"ports":{},"resources":{"type":"object","additionalProperties":false,"properties":{"limits":{},"requests":{},"claims":{}}},"resizePolicy":{},"restartPolicy":{},"volumeMounts":{},"volumeDevices":{},"livenessProbe":{},"readinessProbe":{},"startupProbe":{},"lifecycle":{},"terminationMessagePath":{},"terminationMessagePolicy":{},"securityContext":{},"stdin":{},"stdinOnce":{},"tty":{}}}}};
const schema32 = {"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63};
const schema42 = {"description":"A Kubernetes quantity: `250m`, `1`, `0.5`, `512Mi`, `2Gi`.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"};
const schema54 = {"description":"`now`, a signed duration from the start (`-90d`, `+6d12h`), or an RFC 3339 time.","type":"string","pattern":"^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = (text) => { let count = 0; for (const _ of text) count++; return count; };
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern6 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern10 = new RegExp("^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$", "u");
const pattern21 = new RegExp("^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$", "u");
const schema33 = {"title":"ScenarioObject","description":"One Kubernetes object.","type":"object","required":["apiVersion","kind","metadata"],"allOf":[{"if":{"required":["kind"],"properties":{"kind":{"const":"Pod"}}},"then":{"properties":{"spec":{"$ref":"#/$defs/podSpec"}}}},{"if":{"required":["kind"],"properties":{"kind":{"enum":["Deployment","ReplicaSet","StatefulSet","DaemonSet","Job"]}}},"then":{"properties":{"spec":{"type":"object","properties":{"template":{"type":"object","properties":{"spec":{"$ref":"#/$defs/podSpec"}}}}}}}},{"if":{"required":["kind"],"properties":{"kind":{"const":"Deployment"}}},"then":{"properties":{"spec":{"$ref":"#/$defs/deploymentSpec"}}}}],"$comment":"Top-level fields of the Kubernetes kinds (most have only spec and status); a misspelt one is an error, not an object the simulated cluster quietly serves without it.","additionalProperties":false,"properties":{"apiVersion":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"metadata":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":253},"generateName":{"type":"string"},"namespace":{"$ref":"#/$defs/dnsLabel"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"creationTimestamp":{},"deletionTimestamp":{},"uid":{"type":"string"},"generation":{"type":"integer"},"resourceVersion":{"type":"string"},"ownerReferences":{"type":"array"},"finalizers":{"type":"array","items":{"type":"string"}}}},"spec":{},"status":{},"data":{},"stringData":{},"binaryData":{},"type":{},"immutable":{},"subsets":{},"addressType":{},"endpoints":{},"ports":{},"involvedObject":{},"reason":{},"message":{},"source":{},"count":{},"firstTimestamp":{},"lastTimestamp":{},"eventTime":{},"reportingComponent":{},"reportingInstance":{},"action":{},"related":{},"series":{},"regarding":{},"note":{},"deprecatedSource":{},"deprecatedFirstTimestamp":{},"deprecatedLastTimestamp":{},"deprecatedCount":{},"rules":{},"roleRef":{},"subjects":{},"aggregationRule":{},"provisioner":{},"parameters":{},"reclaimPolicy":{},"volumeBindingMode":{},"allowVolumeExpansion":{},"mountOptions":{},"allowedTopologies":{},"secrets":{},"imagePullSecrets":{},"automountServiceAccountToken":{},"value":{},"globalDefault":{},"preemptionPolicy":{},"description":{},"handler":{},"overhead":{},"scheduling":{},"webhooks":{},"items":{}}};
const schema37 = {"description":"A Deployment's spec (Kubernetes 1.32): a misspelt field is reported, not ignored.","type":"object","additionalProperties":false,"properties":{"replicas":{},"selector":{},"template":{},"strategy":{},"minReadySeconds":{},"revisionHistoryLimit":{},"progressDeadlineSeconds":{},"paused":{}}};
const schema34 = {"description":"A pod's spec (Kubernetes 1.32), in a Pod or a workload's template.","type":"object","additionalProperties":false,"properties":{"containers":{"type":"array","items":{"$ref":"#/$defs/container"}},"initContainers":{"type":"array","items":{"$ref":"#/$defs/container"}},"ephemeralContainers":{},"activeDeadlineSeconds":{},"affinity":{},"automountServiceAccountToken":{},"dnsConfig":{},"dnsPolicy":{},"enableServiceLinks":{},"hostAliases":{},"hostIPC":{},"hostNetwork":{},"hostPID":{},"hostUsers":{},"hostname":{},"imagePullSecrets":{},"nodeName":{},"nodeSelector":{},"os":{},"overhead":{},"preemptionPolicy":{},"priority":{},"priorityClassName":{},"readinessGates":{},"resourceClaims":{},"resources":{},"restartPolicy":{},"runtimeClassName":{},"schedulerName":{},"schedulingGates":{},"securityContext":{},"serviceAccount":{},"serviceAccountName":{},"setHostnameAsFQDN":{},"shareProcessNamespace":{},"subdomain":{},"terminationGracePeriodSeconds":{},"tolerations":{},"topologySpreadConstraints":{},"volumes":{}}};
const schema35 = {"description":"One container of a pod spec (Kubernetes 1.32).","type":"object","additionalProperties":false,"properties":{"name":{},"image":{},"imagePullPolicy":{},"command":{},"args":{},"workingDir":{},"env":{},"envFrom":{},"ports":{},"resources":{"type":"object","additionalProperties":false,"properties":{"limits":{},"requests":{},"claims":{}}},"resizePolicy":{},"restartPolicy":{},"volumeMounts":{},"volumeDevices":{},"livenessProbe":{},"readinessProbe":{},"startupProbe":{},"lifecycle":{},"terminationMessagePath":{},"terminationMessagePolicy":{},"securityContext":{},"stdin":{},"stdinOnce":{},"tty":{}}};

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
for(const key0 in data){
if(!(func1.call(schema34.properties, key0))){
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
if(data.containers !== undefined){
let data0 = data.containers;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func1.call(schema35.properties, key1))){
const err1 = {instancePath:instancePath+"/containers/" + i0,schemaPath:"#/$defs/container/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.resources !== undefined){
let data2 = data1.resources;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(!(((key2 === "limits") || (key2 === "requests")) || (key2 === "claims"))){
const err2 = {instancePath:instancePath+"/containers/" + i0+"/resources",schemaPath:"#/$defs/container/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/containers/" + i0+"/resources",schemaPath:"#/$defs/container/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/containers/" + i0,schemaPath:"#/$defs/container/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err5 = {instancePath:instancePath+"/containers",schemaPath:"#/properties/containers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.initContainers !== undefined){
let data3 = data.initContainers;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
if(!(func1.call(schema35.properties, key3))){
const err6 = {instancePath:instancePath+"/initContainers/" + i1,schemaPath:"#/$defs/container/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.resources !== undefined){
let data5 = data4.resources;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key4 in data5){
if(!(((key4 === "limits") || (key4 === "requests")) || (key4 === "claims"))){
const err7 = {instancePath:instancePath+"/initContainers/" + i1+"/resources",schemaPath:"#/$defs/container/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
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
else {
const err8 = {instancePath:instancePath+"/initContainers/" + i1+"/resources",schemaPath:"#/$defs/container/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/initContainers/" + i1,schemaPath:"#/$defs/container/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err10 = {instancePath:instancePath+"/initContainers",schemaPath:"#/properties/initContainers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.kind !== undefined){
if("Pod" !== data.kind){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec !== undefined){
if(!(validate22(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.spec = true;
props0.kind = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.kind === undefined) && (missing1 = "kind")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.kind !== undefined){
let data2 = data.kind;
if(!(((((data2 === "Deployment") || (data2 === "ReplicaSet")) || (data2 === "StatefulSet")) || (data2 === "DaemonSet")) || (data2 === "Job"))){
const err4 = {};
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
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.template !== undefined){
let data4 = data3.template;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.spec !== undefined){
if(!(validate22(data4.spec, {instancePath:instancePath+"/spec/template/spec",parentData:data4,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/spec/template",schemaPath:"#/allOf/1/then/properties/spec/properties/template/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/spec",schemaPath:"#/allOf/1/then/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.spec = true;
props1.kind = true;
}
}
if(!valid4){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs19 = errors;
let valid9 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.kind === undefined) && (missing2 = "kind")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.kind !== undefined){
if("Deployment" !== data.kind){
const err9 = {};
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
}
var _valid2 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec !== undefined){
let data7 = data.spec;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!((((((((key0 === "replicas") || (key0 === "selector")) || (key0 === "template")) || (key0 === "strategy")) || (key0 === "minReadySeconds")) || (key0 === "revisionHistoryLimit")) || (key0 === "progressDeadlineSeconds")) || (key0 === "paused"))){
const err10 = {instancePath:instancePath+"/spec",schemaPath:"#/$defs/deploymentSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err11 = {instancePath:instancePath+"/spec",schemaPath:"#/$defs/deploymentSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
var _valid2 = _errs22 === errors;
valid9 = _valid2;
if(valid9){
var props2 = {};
props2.spec = true;
props2.kind = true;
}
}
if(!valid9){
const err12 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.kind === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.metadata === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data){
if(!(func1.call(schema33.properties, key1))){
const err16 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data8 = data.apiVersion;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err17 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.kind !== undefined){
let data9 = data.kind;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.metadata !== undefined){
let data10 = data.metadata;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data10){
if(!(func1.call(schema33.properties.metadata.properties, key2))){
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(func2(data11) > 253){
const err23 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data11) < 1){
const err24 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.generateName !== undefined){
if(typeof data10.generateName !== "string"){
const err26 = {instancePath:instancePath+"/metadata/generateName",schemaPath:"#/properties/metadata/properties/generateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.namespace !== undefined){
let data13 = data10.namespace;
if(typeof data13 === "string"){
if(func2(data13) > 63){
const err27 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern5.test(data13)){
const err28 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
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
const err29 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.labels !== undefined){
let data14 = data10.labels;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(typeof data14[key3] !== "string"){
const err30 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.annotations !== undefined){
let data16 = data10.annotations;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
if(typeof data16[key4] !== "string"){
const err32 = {instancePath:instancePath+"/metadata/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.uid !== undefined){
if(typeof data10.uid !== "string"){
const err34 = {instancePath:instancePath+"/metadata/uid",schemaPath:"#/properties/metadata/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.generation !== undefined){
let data19 = data10.generation;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err35 = {instancePath:instancePath+"/metadata/generation",schemaPath:"#/properties/metadata/properties/generation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.resourceVersion !== undefined){
if(typeof data10.resourceVersion !== "string"){
const err36 = {instancePath:instancePath+"/metadata/resourceVersion",schemaPath:"#/properties/metadata/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.ownerReferences !== undefined){
if(!(Array.isArray(data10.ownerReferences))){
const err37 = {instancePath:instancePath+"/metadata/ownerReferences",schemaPath:"#/properties/metadata/properties/ownerReferences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.finalizers !== undefined){
let data22 = data10.finalizers;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(typeof data22[i0] !== "string"){
const err38 = {instancePath:instancePath+"/metadata/finalizers/" + i0,schemaPath:"#/properties/metadata/properties/finalizers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/metadata/finalizers",schemaPath:"#/properties/metadata/properties/finalizers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","additionalProperties":false,"required":["cpu","memory"],"properties":{"cpu":{"$ref":"#/$defs/quantity"},"memory":{"$ref":"#/$defs/quantity"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpu === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.memory === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "cpu") || (key0 === "memory"))){
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
if(data.cpu !== undefined){
let data0 = data.cpu;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err3 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
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
const err4 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.memory !== undefined){
let data1 = data.memory;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err5 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
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
const err6 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","additionalProperties":false,"required":["capacity","used"],"properties":{"capacity":{"$ref":"#/$defs/quantity"},"used":{"$ref":"#/$defs/quantity"},"inodes":{"type":"integer","minimum":0},"inodesUsed":{"type":"integer","minimum":0}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.capacity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capacity"},message:"must have required property '"+"capacity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.used === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "capacity") || (key0 === "used")) || (key0 === "inodes")) || (key0 === "inodesUsed"))){
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
if(data.capacity !== undefined){
let data0 = data.capacity;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err3 = {instancePath:instancePath+"/capacity",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
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
const err4 = {instancePath:instancePath+"/capacity",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.used !== undefined){
let data1 = data.used;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err5 = {instancePath:instancePath+"/used",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
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
const err6 = {instancePath:instancePath+"/used",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.inodes !== undefined){
let data2 = data.inodes;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/inodes",schemaPath:"#/properties/inodes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/inodes",schemaPath:"#/properties/inodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.inodesUsed !== undefined){
let data3 = data.inodesUsed;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/inodesUsed",schemaPath:"#/properties/inodesUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/inodesUsed",schemaPath:"#/properties/inodesUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://runbook.dev/schemas/scenario.schema.json" */;
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
if(data.runbook === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runbook"},message:"must have required property '"+"runbook"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.objects === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "objects"},message:"must have required property '"+"objects"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
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
if(data.runbook !== undefined){
let data0 = data.runbook;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err3 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
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
const err5 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.namespace !== undefined){
let data2 = data.namespace;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err8 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
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
const err10 = {instancePath:instancePath+"/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.alert !== undefined){
let data3 = data.alert;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "labels")) || (key1 === "summary"))){
const err11 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err12 = {instancePath:instancePath+"/alert/name",schemaPath:"#/properties/alert/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/alert/name",schemaPath:"#/properties/alert/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.labels !== undefined){
let data5 = data3.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(typeof data5[key2] !== "string"){
const err14 = {instancePath:instancePath+"/alert/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alert/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/alert/labels",schemaPath:"#/properties/alert/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.summary !== undefined){
if(typeof data3.summary !== "string"){
const err16 = {instancePath:instancePath+"/alert/summary",schemaPath:"#/properties/alert/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err17 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.variables !== undefined){
let data8 = data.variables;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
const _errs23 = errors;
if(typeof key3 === "string"){
if(!pattern6.test(key3)){
const err18 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs23 === errors;
if(!valid4){
const err19 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key4 in data8){
let data9 = data8[key4];
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err20 = {instancePath:instancePath+"/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema31.properties.variables.additionalProperties.type},message:"must be string,number,boolean"};
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
const err21 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.objects !== undefined){
let data10 = data.objects;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data10[i0], {instancePath:instancePath+"/objects/" + i0,parentData:data10,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.logs !== undefined){
let data12 = data.logs;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.pod === undefined){
const err23 = {instancePath:instancePath+"/logs/" + i1,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "pod"},message:"must have required property '"+"pod"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data13.text === undefined){
const err24 = {instancePath:instancePath+"/logs/" + i1,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data13){
if(!(((((key5 === "namespace") || (key5 === "pod")) || (key5 === "container")) || (key5 === "previous")) || (key5 === "text"))){
const err25 = {instancePath:instancePath+"/logs/" + i1,schemaPath:"#/properties/logs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.namespace !== undefined){
let data14 = data13.namespace;
if(typeof data14 === "string"){
if(func2(data14) > 63){
const err26 = {instancePath:instancePath+"/logs/" + i1+"/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern5.test(data14)){
const err27 = {instancePath:instancePath+"/logs/" + i1+"/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/logs/" + i1+"/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.pod !== undefined){
let data15 = data13.pod;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err29 = {instancePath:instancePath+"/logs/" + i1+"/pod",schemaPath:"#/properties/logs/items/properties/pod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/logs/" + i1+"/pod",schemaPath:"#/properties/logs/items/properties/pod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.container !== undefined){
let data16 = data13.container;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err31 = {instancePath:instancePath+"/logs/" + i1+"/container",schemaPath:"#/properties/logs/items/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/logs/" + i1+"/container",schemaPath:"#/properties/logs/items/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.previous !== undefined){
if(typeof data13.previous !== "boolean"){
const err33 = {instancePath:instancePath+"/logs/" + i1+"/previous",schemaPath:"#/properties/logs/items/properties/previous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.text !== undefined){
if(typeof data13.text !== "string"){
const err34 = {instancePath:instancePath+"/logs/" + i1+"/text",schemaPath:"#/properties/logs/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/logs/" + i1,schemaPath:"#/properties/logs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.metrics !== undefined){
let data19 = data.metrics;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
if(!(((key6 === "pods") || (key6 === "nodes")) || (key6 === "volumes"))){
const err37 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data19.pods !== undefined){
let data20 = data19.pods;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.pod === undefined){
const err38 = {instancePath:instancePath+"/metrics/pods/" + i2,schemaPath:"#/properties/metrics/properties/pods/items/required",keyword:"required",params:{missingProperty: "pod"},message:"must have required property '"+"pod"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data21.containers === undefined){
const err39 = {instancePath:instancePath+"/metrics/pods/" + i2,schemaPath:"#/properties/metrics/properties/pods/items/required",keyword:"required",params:{missingProperty: "containers"},message:"must have required property '"+"containers"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key7 in data21){
if(!((((key7 === "namespace") || (key7 === "pod")) || (key7 === "containers")) || (key7 === "ephemeralStorage"))){
const err40 = {instancePath:instancePath+"/metrics/pods/" + i2,schemaPath:"#/properties/metrics/properties/pods/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data21.namespace !== undefined){
let data22 = data21.namespace;
if(typeof data22 === "string"){
if(func2(data22) > 63){
const err41 = {instancePath:instancePath+"/metrics/pods/" + i2+"/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern5.test(data22)){
const err42 = {instancePath:instancePath+"/metrics/pods/" + i2+"/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/metrics/pods/" + i2+"/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data21.pod !== undefined){
let data23 = data21.pod;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err44 = {instancePath:instancePath+"/metrics/pods/" + i2+"/pod",schemaPath:"#/properties/metrics/properties/pods/items/properties/pod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/metrics/pods/" + i2+"/pod",schemaPath:"#/properties/metrics/properties/pods/items/properties/pod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.containers !== undefined){
let data24 = data21.containers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(Object.keys(data24).length < 1){
const err46 = {instancePath:instancePath+"/metrics/pods/" + i2+"/containers",schemaPath:"#/properties/metrics/properties/pods/items/properties/containers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key8 in data24){
if(!(validate26(data24[key8], {instancePath:instancePath+"/metrics/pods/" + i2+"/containers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data24,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/metrics/pods/" + i2+"/containers",schemaPath:"#/properties/metrics/properties/pods/items/properties/containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data21.ephemeralStorage !== undefined){
let data26 = data21.ephemeralStorage;
if(typeof data26 === "string"){
if(!pattern10.test(data26)){
const err48 = {instancePath:instancePath+"/metrics/pods/" + i2+"/ephemeralStorage",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/metrics/pods/" + i2+"/ephemeralStorage",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/metrics/pods/" + i2,schemaPath:"#/properties/metrics/properties/pods/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/metrics/pods",schemaPath:"#/properties/metrics/properties/pods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data19.nodes !== undefined){
let data27 = data19.nodes;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.node === undefined){
const err52 = {instancePath:instancePath+"/metrics/nodes/" + i3,schemaPath:"#/properties/metrics/properties/nodes/items/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data28.cpu === undefined){
const err53 = {instancePath:instancePath+"/metrics/nodes/" + i3,schemaPath:"#/properties/metrics/properties/nodes/items/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data28.memory === undefined){
const err54 = {instancePath:instancePath+"/metrics/nodes/" + i3,schemaPath:"#/properties/metrics/properties/nodes/items/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key9 in data28){
if(!((((key9 === "node") || (key9 === "cpu")) || (key9 === "memory")) || (key9 === "filesystem"))){
const err55 = {instancePath:instancePath+"/metrics/nodes/" + i3,schemaPath:"#/properties/metrics/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data28.node !== undefined){
let data29 = data28.node;
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err56 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/node",schemaPath:"#/properties/metrics/properties/nodes/items/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/node",schemaPath:"#/properties/metrics/properties/nodes/items/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data28.cpu !== undefined){
let data30 = data28.cpu;
if(typeof data30 === "string"){
if(!pattern10.test(data30)){
const err58 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/cpu",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/cpu",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data28.memory !== undefined){
let data31 = data28.memory;
if(typeof data31 === "string"){
if(!pattern10.test(data31)){
const err60 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/metrics/nodes/" + i3+"/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data28.filesystem !== undefined){
if(!(validate28(data28.filesystem, {instancePath:instancePath+"/metrics/nodes/" + i3+"/filesystem",parentData:data28,parentDataProperty:"filesystem",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err62 = {instancePath:instancePath+"/metrics/nodes/" + i3,schemaPath:"#/properties/metrics/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/metrics/nodes",schemaPath:"#/properties/metrics/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data19.volumes !== undefined){
let data33 = data19.volumes;
if(Array.isArray(data33)){
const len4 = data33.length;
for(let i4=0; i4<len4; i4++){
let data34 = data33[i4];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.pod === undefined){
const err64 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/required",keyword:"required",params:{missingProperty: "pod"},message:"must have required property '"+"pod"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data34.volume === undefined){
const err65 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/required",keyword:"required",params:{missingProperty: "volume"},message:"must have required property '"+"volume"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data34.capacity === undefined){
const err66 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/required",keyword:"required",params:{missingProperty: "capacity"},message:"must have required property '"+"capacity"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data34.used === undefined){
const err67 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key10 in data34){
if(!(((((((key10 === "namespace") || (key10 === "pod")) || (key10 === "volume")) || (key10 === "capacity")) || (key10 === "used")) || (key10 === "inodes")) || (key10 === "inodesUsed"))){
const err68 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data34.namespace !== undefined){
let data35 = data34.namespace;
if(typeof data35 === "string"){
if(func2(data35) > 63){
const err69 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern5.test(data35)){
const err70 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data34.pod !== undefined){
let data36 = data34.pod;
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err72 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/pod",schemaPath:"#/properties/metrics/properties/volumes/items/properties/pod/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/pod",schemaPath:"#/properties/metrics/properties/volumes/items/properties/pod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data34.volume !== undefined){
let data37 = data34.volume;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err74 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/volume",schemaPath:"#/properties/metrics/properties/volumes/items/properties/volume/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/volume",schemaPath:"#/properties/metrics/properties/volumes/items/properties/volume/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data34.capacity !== undefined){
let data38 = data34.capacity;
if(typeof data38 === "string"){
if(!pattern10.test(data38)){
const err76 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/capacity",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/capacity",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data34.used !== undefined){
let data39 = data34.used;
if(typeof data39 === "string"){
if(!pattern10.test(data39)){
const err78 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/used",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(n|u|m|k|M|G|T|Ki|Mi|Gi|Ti)?$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/used",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data34.inodes !== undefined){
let data40 = data34.inodes;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err80 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/inodes",schemaPath:"#/properties/metrics/properties/volumes/items/properties/inodes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err81 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/inodes",schemaPath:"#/properties/metrics/properties/volumes/items/properties/inodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data34.inodesUsed !== undefined){
let data41 = data34.inodesUsed;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err82 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/inodesUsed",schemaPath:"#/properties/metrics/properties/volumes/items/properties/inodesUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err83 = {instancePath:instancePath+"/metrics/volumes/" + i4+"/inodesUsed",schemaPath:"#/properties/metrics/properties/volumes/items/properties/inodesUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
}
else {
const err84 = {instancePath:instancePath+"/metrics/volumes/" + i4,schemaPath:"#/properties/metrics/properties/volumes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/metrics/volumes",schemaPath:"#/properties/metrics/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.certificates !== undefined){
let data42 = data.certificates;
if(Array.isArray(data42)){
const len5 = data42.length;
for(let i5=0; i5<len5; i5++){
let data43 = data42[i5];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.secret === undefined){
const err87 = {instancePath:instancePath+"/certificates/" + i5,schemaPath:"#/properties/certificates/items/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data43.notAfter === undefined){
const err88 = {instancePath:instancePath+"/certificates/" + i5,schemaPath:"#/properties/certificates/items/required",keyword:"required",params:{missingProperty: "notAfter"},message:"must have required property '"+"notAfter"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key11 in data43){
if(!((((((((key11 === "namespace") || (key11 === "secret")) || (key11 === "key")) || (key11 === "commonName")) || (key11 === "dnsNames")) || (key11 === "issuer")) || (key11 === "notBefore")) || (key11 === "notAfter"))){
const err89 = {instancePath:instancePath+"/certificates/" + i5,schemaPath:"#/properties/certificates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data43.namespace !== undefined){
let data44 = data43.namespace;
if(typeof data44 === "string"){
if(func2(data44) > 63){
const err90 = {instancePath:instancePath+"/certificates/" + i5+"/namespace",schemaPath:"#/$defs/dnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!pattern5.test(data44)){
const err91 = {instancePath:instancePath+"/certificates/" + i5+"/namespace",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/certificates/" + i5+"/namespace",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data43.secret !== undefined){
let data45 = data43.secret;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err93 = {instancePath:instancePath+"/certificates/" + i5+"/secret",schemaPath:"#/properties/certificates/items/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/certificates/" + i5+"/secret",schemaPath:"#/properties/certificates/items/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data43.key !== undefined){
let data46 = data43.key;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err95 = {instancePath:instancePath+"/certificates/" + i5+"/key",schemaPath:"#/properties/certificates/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/certificates/" + i5+"/key",schemaPath:"#/properties/certificates/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data43.commonName !== undefined){
let data47 = data43.commonName;
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err97 = {instancePath:instancePath+"/certificates/" + i5+"/commonName",schemaPath:"#/properties/certificates/items/properties/commonName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/certificates/" + i5+"/commonName",schemaPath:"#/properties/certificates/items/properties/commonName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data43.dnsNames !== undefined){
let data48 = data43.dnsNames;
if(Array.isArray(data48)){
const len6 = data48.length;
for(let i6=0; i6<len6; i6++){
let data49 = data48[i6];
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err99 = {instancePath:instancePath+"/certificates/" + i5+"/dnsNames/" + i6,schemaPath:"#/properties/certificates/items/properties/dnsNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/certificates/" + i5+"/dnsNames/" + i6,schemaPath:"#/properties/certificates/items/properties/dnsNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/certificates/" + i5+"/dnsNames",schemaPath:"#/properties/certificates/items/properties/dnsNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data43.issuer !== undefined){
let data50 = data43.issuer;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err102 = {instancePath:instancePath+"/certificates/" + i5+"/issuer",schemaPath:"#/properties/certificates/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/certificates/" + i5+"/issuer",schemaPath:"#/properties/certificates/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data43.notBefore !== undefined){
let data51 = data43.notBefore;
if(typeof data51 === "string"){
if(!pattern21.test(data51)){
const err104 = {instancePath:instancePath+"/certificates/" + i5+"/notBefore",schemaPath:"#/$defs/moment/pattern",keyword:"pattern",params:{pattern: "^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"},message:"must match pattern \""+"^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/certificates/" + i5+"/notBefore",schemaPath:"#/$defs/moment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data43.notAfter !== undefined){
let data52 = data43.notAfter;
if(typeof data52 === "string"){
if(!pattern21.test(data52)){
const err106 = {instancePath:instancePath+"/certificates/" + i5+"/notAfter",schemaPath:"#/$defs/moment/pattern",keyword:"pattern",params:{pattern: "^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"},message:"must match pattern \""+"^(now|[+-](?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$"+"\""};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/certificates/" + i5+"/notAfter",schemaPath:"#/$defs/moment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/certificates/" + i5,schemaPath:"#/properties/certificates/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/certificates",schemaPath:"#/properties/certificates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.observations !== undefined){
let data53 = data.observations;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key12 in data53){
const _errs130 = errors;
if(typeof key12 === "string"){
if(!pattern4.test(key12)){
const err110 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",propertyName:key12};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var valid38 = _errs130 === errors;
if(!valid38){
const err111 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
for(const key13 in data53){
let data54 = data53[key13];
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err112 = {instancePath:instancePath+"/observations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/observations/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/observations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/observations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.expect !== undefined){
let data55 = data.expect;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key14 in data55){
if(!(((key14 === "cause") || (key14 === "escalate")) || (key14 === "steps"))){
const err115 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data55.cause !== undefined){
let data56 = data55.cause;
if(typeof data56 === "string"){
if(!pattern4.test(data56)){
const err116 = {instancePath:instancePath+"/expect/cause",schemaPath:"#/properties/expect/properties/cause/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/expect/cause",schemaPath:"#/properties/expect/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data55.escalate !== undefined){
if(typeof data55.escalate !== "boolean"){
const err118 = {instancePath:instancePath+"/expect/escalate",schemaPath:"#/properties/expect/properties/escalate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data55.steps !== undefined){
let data58 = data55.steps;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key15 in data58){
let data59 = data58[key15];
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err119 = {instancePath:instancePath+"/expect/steps/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expect/properties/steps/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/expect/steps/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expect/properties/steps/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/expect/steps",schemaPath:"#/properties/expect/properties/steps/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

