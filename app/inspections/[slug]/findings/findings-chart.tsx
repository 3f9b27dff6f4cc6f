import type { ScopeResult } from '@/lib/findings/compute';
import { wholePercent, wholePercentOf } from '@/lib/stats/rounding';

const SERIES_COLOURS = ['#1d70b8', '#484949'];
const WIDTH = 960;
const PLOT = 720;
const ROW = 18;
const LABEL = 22;
const GAP = 14;

/**
 * Percentage met per question, as bars with their 95% interval as whiskers, for one or two scopes
 * (a force beside all forces). A picture for those who would rather look than read: the tables
 * above hold the same figures and are its text alternative, so the figure is one image with a
 * caption that says so, and screen readers are pointed to the tables.
 */
export function FindingsChart({ id, scopes, provisional }: { id: string; scopes: ScopeResult[]; provisional: boolean }) {
  const questions = scopes[0]?.questions ?? [];
  const block = LABEL + scopes.length * ROW + GAP;
  const top = 40;
  const height = top + questions.length * block;
  const x = (proportion: number) => proportion * PLOT;
  return (
    <figure className="app-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-caption`} focusable="false">
        <g fontSize="14" fill="#0b0c0c">
          {scopes.map((scope, s) => (
            <g key={scope.key} transform={`translate(${s * 260}, 0)`}>
              <rect x="0" y="4" width="14" height="14" fill={SERIES_COLOURS[s]} />
              <text x="20" y="16">
                {scope.label}
              </text>
            </g>
          ))}
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={top - 8} y2={height} stroke="#cecece" />
              <text x={x(tick)} y={top - 12} textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'} fontSize="12">
                {tick * 100}%
              </text>
            </g>
          ))}
          {questions.map((q, i) => {
            const y = top + i * block;
            return (
              <g key={q.code}>
                <text x="0" y={y + 15}>
                  {q.wording}
                </text>
                {scopes.map((scope, s) => {
                  const r = scope.questions[i];
                  const barY = y + LABEL + s * ROW;
                  if (!r || r.relevant === 0 || !r.interval) {
                    return (
                      <text key={scope.key} x="4" y={barY + 11} fontSize="12">
                        {scope.label}: no relevant files
                      </text>
                    );
                  }
                  if (r.smallSample) {
                    return (
                      <text key={scope.key} x="4" y={barY + 11} fontSize="12">
                        {scope.label}: {r.counts.met} of {r.relevant}, too few files for a percentage
                      </text>
                    );
                  }
                  const mid = barY + 6;
                  const [low, high] = [x(r.interval.low), x(r.interval.high)];
                  const whisker = `M${low} ${mid - 5}V${mid + 5}M${low} ${mid}H${high}M${high} ${mid - 5}V${mid + 5}`;
                  return (
                    <g key={scope.key}>
                      <rect x="0" y={barY} width={x(r.counts.met / r.relevant)} height="12" fill={SERIES_COLOURS[s]} />
                      {/* A white halo keeps the whisker visible where it crosses a dark bar. */}
                      {[
                        ['#ffffff', 5],
                        ['#0b0c0c', 2],
                      ].map(([colour, width]) => (
                        <path key={colour} d={whisker} stroke={String(colour)} strokeWidth={width} fill="none" />
                      ))}
                      <text x={PLOT + 12} y={barY + 11} fontSize="12">
                        {wholePercentOf(r.counts.met, r.relevant)}% ({wholePercent(r.interval.low)}–{wholePercent(r.interval.high)}%)
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption id={`${id}-caption`} className="govuk-body-s">
        {provisional ? 'Provisional. ' : ''}Chart: the percentage of relevant files that met each criterion (
        {scopes.map((s) => s.label).join(' beside ')}), each bar with its 95% confidence interval as a whisker. Questions with fewer than 10
        relevant files have no bar. The same figures are in the tables above.
      </figcaption>
    </figure>
  );
}
