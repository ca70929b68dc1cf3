#!/usr/bin/env node
// Loads talkgraph's GEXF and GraphML with graphology's parsers and checks node and edge counts,
// attributes and edge types against the node-link JSON of the same run. GraphML holds the whole
// graph; GEXF its dated part (gexf-undated/ holds all of it, written with --gexf-undated keep).
// graphology reads only the last <attributes> block of a class: talkgraph puts the static one last,
// and the per-year values need allowUndeclaredAttributes.
// Usage: node check_graphology.js OUTDIR   (after `npm ci` in this folder)
'use strict';
const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const dir = process.argv[2];
const json = JSON.parse(fs.readFileSync(path.join(dir, 'talkgraph.json'), 'utf8'));
const ENTITY_TYPES = new Set(['library', 'tool', 'language', 'concept', 'organization']);
const dated = (node) => (ENTITY_TYPES.has(node.type) ? node.years.length > 0 : node.year != null);

function check(name, graph, nodes, edges) {
  if (graph.order !== nodes.length || graph.size !== edges) {
    throw new Error(`${name}: ${graph.order} nodes and ${graph.size} edges; expected ${nodes.length} and ${edges}`);
  }
  if (graph.directedSize !== 0) throw new Error(`${name}: ${graph.directedSize} directed edges; all are undirected`);
  for (const node of nodes) {
    if (!graph.hasNode(node.id)) throw new Error(`${name}: node ${node.id} missing`);
    const attrs = graph.getNodeAttributes(node.id);
    if (attrs.label !== node.label) throw new Error(`${name}: ${node.id} label ${attrs.label} != ${node.label}`);
    if (attrs.type !== node.type) throw new Error(`${name}: ${node.id} type ${attrs.type} != ${node.type}`);
    if (ENTITY_TYPES.has(node.type) && attrs.mentions !== node.mentions) {
      throw new Error(`${name}: ${node.id} mentions ${attrs.mentions} (${typeof attrs.mentions}) != ${node.mentions}`);
    }
  }
  console.log(`graphology ${name}: ${graph.order} nodes, ${graph.size} undirected edges, labels, types and mentions match`);
}

const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');
const options = {allowUndeclaredAttributes: true};
// The dated part: the dated nodes, and the edges between them that gexf12's count says (NetworkX
// checks which ones, check_readers.py).
const datedNodes = json.nodes.filter(dated);
const datedGexf = gexf.parse(Graph, read('talkgraph.gexf'), options);
const edgeCount = Number(/<edges count="(\d+)"/.exec(read('talkgraph.gexf'))[1]);
check('gexf', datedGexf, datedNodes, edgeCount);
check('gexf (--gexf-undated keep)', gexf.parse(Graph, read('gexf-undated/talkgraph.gexf'), options), json.nodes, json.links.length);
check('graphml', graphml.parse(Graph, read('talkgraph.graphml')), json.nodes, json.links.length);
