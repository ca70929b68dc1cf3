#!/usr/bin/env node
// Loads talkgraph's GEXF and GraphML with graphology's parsers and checks node and edge counts and
// attributes against the node-link JSON of the same run.
// Usage: node check_graphology.js OUTDIR   (after `npm ci` in this folder)
'use strict';
const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const dir = process.argv[2];
const json = JSON.parse(fs.readFileSync(path.join(dir, 'talkgraph.json'), 'utf8'));
const expected = {nodes: json.nodes.length, edges: json.links.length};

function check(name, graph) {
  if (graph.order !== expected.nodes || graph.size !== expected.edges) {
    throw new Error(`${name}: ${graph.order} nodes and ${graph.size} edges; JSON has ${expected.nodes} and ${expected.edges}`);
  }
  for (const node of json.nodes) {
    if (!graph.hasNode(node.id)) throw new Error(`${name}: node ${node.id} missing`);
    const attrs = graph.getNodeAttributes(node.id);
    if (attrs.label !== node.label) throw new Error(`${name}: ${node.id} label ${attrs.label} != ${node.label}`);
    if (attrs.type !== node.type) throw new Error(`${name}: ${node.id} type ${attrs.type} != ${node.type}`);
  }
  console.log(`graphology ${name}: ${graph.order} nodes, ${graph.size} edges, labels and types match`);
}

check('gexf', gexf.parse(Graph, fs.readFileSync(path.join(dir, 'talkgraph.gexf'), 'utf8')));
check('graphml', graphml.parse(Graph, fs.readFileSync(path.join(dir, 'talkgraph.graphml'), 'utf8')));
