import type { YamlPath } from './document';
import type { RelatedLocation } from './finding';
import { fix, scalarText, setKey } from './fix';
import { layoutOf } from './layout';
import { SWITCH_PATH } from './model';
import type { RuleContext, RuleFinding } from './rule';
import { uriProblemMessage } from './uri-messages';
import { isUnverified, problemSeverity, type Endpoints, type UriAssessment } from './uris';

function relatedAt(ctx: RuleContext, path: YamlPath, message: string): RelatedLocation[] {
  return ctx.doc.has(path) ? [{ file: ctx.fileName, range: ctx.doc.keyRange(path), message }] : [];
}

/** Where the cluster's public host comes from: `pylon.domain`, else the master's hostip in layout.yaml. */
export function hostRelated(ctx: RuleContext, ep: Endpoints, direct = false): RelatedLocation[] {
  if (!direct && ep.domain !== undefined) { return relatedAt(ctx, ['pylon', 'domain'], 'the public host'); }
  const layout = layoutOf(ctx);
  const master = layout?.master;
  if (!layout || !master) { return []; }
  const path = ['machine-list', master.index, 'hostip'];
  return [{ file: layout.sibling.path, range: layout.sibling.doc.valueRange(path), message: 'the master\'s hostip' }];
}

/** The other ends of a URI problem: the key that decides what is right. */
export function uriRelated(ctx: RuleContext, ep: Endpoints, a: UriAssessment): RelatedLocation[] {
  switch (a.problem) {
    case 'mixed-content':
    case 'mixed-content-rewritten':
      return relatedAt(ctx, ['pylon', 'ssl'], 'https is on here');
    case 'wrong-scheme':
      return a.form === 'direct' ? [] : relatedAt(ctx, ['pylon'], 'no `ssl` here: pylon serves http only');
    case 'no-pylon-route':
      return relatedAt(ctx, SWITCH_PATH, 'the /marketplace routes need this to be \'true\'');
    case 'wrong-host':
    case 'alternate-host':
      return hostRelated(ctx, ep, a.form === 'direct');
    case 'other-host':
      return hostRelated(ctx, ep);
    case 'wrong-port': {
      if (a.form === 'direct') {
        const section = a.kind === 'api' ? 'marketplace-restserver' : 'marketplace-webportal';
        return relatedAt(ctx, [section, 'server-port'], 'the port it listens on');
      }
      return ep.https ? relatedAt(ctx, ['pylon', 'ssl', 'port'], 'the https port') : relatedAt(ctx, ['pylon', 'port'], 'the http port');
    }
    default:
      return [];
  }
}

/**
 * A finding for a written URI at `path`. The suggestion is the preferred fix only where the written URI is
 * known not to work; an unverified one (another host, an unusual port, a non-marketplace path) may work,
 * so `--fix` and fix-all must leave it alone: the suggestion is then only offered.
 */
export function uriFinding(ctx: RuleContext, ep: Endpoints, a: UriAssessment, path: YamlPath, keyName: string): RuleFinding {
  const loc = ctx.doc.locate(path);
  const fixes = a.suggestion === undefined ? [] : [
    fix(`Set ${keyName}: ${a.suggestion}`, [setKey(ctx.doc, path, scalarText(ctx.doc, a.suggestion, loc?.written))], !isUnverified(a.problem)),
  ];
  const out: RuleFinding = {
    range: ctx.doc.valueRange(path),
    severity: a.problem ? problemSeverity(ep, a.problem) : undefined,
    ...uriProblemMessage(ep, a),
    related: uriRelated(ctx, ep, a),
    fixes,
  };
  if (a.suggestion !== undefined) { out.data = { expected: a.suggestion }; }
  return out;
}
