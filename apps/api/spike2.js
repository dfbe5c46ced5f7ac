const { PGlite } = require('@electric-sql/pglite');
(async () => {
  let t0 = Date.now();
  const db = await PGlite.create('memory://');
  console.log('create1', Date.now() - t0);
  await db.exec('create table x(a int); insert into x values (1)');
  t0 = Date.now();
  const dump = await db.dumpDataDir('none');
  console.log('dump', Date.now() - t0, dump.size);
  t0 = Date.now();
  const db2 = await PGlite.create('memory://', { loadDataDir: dump });
  console.log('create from dump', Date.now() - t0, (await db2.query('select * from x')).rows);
  t0 = Date.now();
  const db3 = await PGlite.create('memory://');
  console.log('create3', Date.now() - t0);
})();
