/**
 * The optional collectors of mysqld_exporter 0.14 that the template offers, each with the series it
 * adds and what MySQL must have for them. The names are the exporter's own (`--collect.NAME`).
 */

/** Collectors a design can turn on, in the order their flags are written. */
export const COLLECTORS = [
  'info_schema.processlist',
  'info_schema.innodb_metrics',
  'info_schema.tables',
  'auto_increment.columns',
  'perf_schema.eventsstatements',
  'binlog_size',
  'engine_innodb_status',
  'slave_status',
] as const;

export type Collector = (typeof COLLECTORS)[number];

export interface CollectorInfo {
  /** The series it adds, as a Prometheus name or a prefix ending in `*`. */
  readonly series: string;
  /** What it reads, for the README. */
  readonly reads: string;
  /** When the series appear only under a condition (a replica, binary logging on). */
  readonly when?: string;
}

export const COLLECTOR_INFO: Readonly<Record<Collector, CollectorInfo>> = {
  'info_schema.processlist': {
    series: 'mysql_info_schema_processlist_*',
    reads: 'connected threads by command and state',
    when: 'while other clients are connected',
  },
  'info_schema.innodb_metrics': { series: 'mysql_info_schema_innodb_metrics_*', reads: 'InnoDB counters' },
  'info_schema.tables': { series: 'mysql_info_schema_table_*', reads: 'rows and bytes of every table' },
  'auto_increment.columns': {
    series: 'mysql_info_schema_auto_increment_column*',
    reads: 'auto_increment columns against their maximum',
  },
  'perf_schema.eventsstatements': {
    series: 'mysql_perf_schema_events_statements_*',
    reads: 'statement digests: counts, time, rows examined',
    when: 'with performance_schema on (the MySQL default; off by default in MariaDB)',
  },
  binlog_size: { series: 'mysql_binlog_*', reads: 'binary log files and their size', when: 'with binary logging on' },
  engine_innodb_status: { series: 'mysql_engine_innodb_*', reads: 'SHOW ENGINE INNODB STATUS' },
  slave_status: {
    series: 'mysql_slave_status_*',
    reads: 'SHOW SLAVE STATUS: replication threads and lag',
    when: 'on a replica',
  },
};

/** Series every scrape has, whatever the collectors. */
export const BASE_SERIES = ['mysql_up', 'mysql_global_status_*', 'mysql_global_variables_*'] as const;
