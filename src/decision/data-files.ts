/**
 * The data files the engine reads, imported in this one place so that a bundle lays them side by
 * side, ahead of the code: gzip then finds the ids, labels and addresses they share within its 32 KB
 * window. The comparison rows come first, beside the question tree whose answers name them.
 */
export { default as capabilitiesJson } from '../../content/data/capabilities.json';
export { default as treeJson } from '../../content/data/decision-tree.json';
export { default as guidanceJson } from '../../content/data/guidance.json';
export { default as requirementsJson } from '../../content/data/requirements.json';
