import { computed, describeOrigin, secret, type ServiceContext } from './context';
import { DB_SECTION } from '../sections';
import { marketplaceDbDefaults } from './defaults';
import { pyStr } from './py-value';
import { merged } from './sources';
import type { EffectiveEntry, ServiceValues } from './types';

const SERVICE = DB_SECTION;

/** src/marketplace-db/config/marketplace_db.py (the same v1.4.0..v1.8.0): `host` and `connection-str` are computed. */
export function marketplaceDb(ctx: ServiceContext): ServiceValues {
  const defaults = marketplaceDbDefaults();
  const get = (key: string): EffectiveEntry => merged(ctx.doc, SERVICE, key, ctx.version, defaults)!;
  const user = get('user');
  const passwd = get('passwd');
  const db = get('db');
  const port = get('port');
  const host = computed(ctx.master.value, `${describeOrigin('the master hostip', ctx.master)}; overwrites any host written`);
  const connection = ctx.master.value === null
    ? null
    : `postgresql://${pyStr(user.value)}:${pyStr(passwd.value)}@${pyStr(host.value)}:${pyStr(port.value)}/${pyStr(db.value)}`;
  return {
    user,
    passwd: secret(ctx, passwd),
    db,
    port,
    'max-connection': get('max-connection'),
    'data-path': get('data-path'),
    host,
    'connection-str': secret(ctx, computed(connection, "'postgresql://{user}:{passwd}@{host}:{port}/{db}' (no template uses it)")),
  };
}
