// The simulated cluster's public surface: load a scenario, serve it to the real kubectl.
export { loadScenario, scenarioPathFor, type Scenario } from './scenario.js';
export { startSimServer, type SimServer, type SimServerOptions } from './server.js';
