// The animated port view: public surface.
export { mountPortView, type PortViewOptions, type PortViewHandle, type NamedScenario } from './mount.ts';
export { Playback, type PlaybackOptions, type TickResult } from './playback.ts';
export { advanceTogether, stepTogether, nextTime, type Budget, type AdvanceResult } from './lockstep.ts';
export {
  layoutPlaza,
  laneTypeOf,
  rowHeight,
  PLAZA,
  LANE_TYPE_COLOUR,
  type PlazaLayout,
  type PlazaBooth,
  type PlazaColumn,
  type PlazaSegment,
  type PlazaGroup,
  type PlazaArea,
  type PlacedVehicle,
  type SeatingMemory,
  type LaneTypeKey,
} from './plaza-layout.ts';
export { layoutRegion, driverOrigin, REGION, type RegionLayout, type RegionNode, type RegionLink } from './region-layout.ts';
export { busiestHour, expectedArrivalsByHour, type BusiestHour } from './busiest-hour.ts';
export { dayClock, weekdayName } from './plaza-text.ts';
export { boothStates, countStates, BOOTH_STATE_TEXT, type BoothState, type BoothMark } from './booths.ts';
export { journeyOf, type JourneyStage, type StageKey } from './journey.ts';
export { recentEvents, type LogEntry } from './event-log.ts';
export { littlesLaw, type LittleRow } from './littles-law.ts';
export { ExitTracker, type LaneExitTotals } from './exit-tracker.ts';
export { SPEEDS, DEFAULT_SPEED, speedAt, speedPosition, speedText } from './speed.ts';
export { clockText, dayClockText, durationText } from './sim-clock.ts';
export { cbpLaneType } from './lane-types.ts';
export { frameTicker, manualTicker, type Ticker, type ManualTicker } from './ticker.ts';
export { findVehicle } from './journey-panel.ts';
export type { VehicleRef, PaneView } from './pane.ts';
// The run-time overrides travel with the port view: they pull in the engine, which the main page
// (charts only, the runs in a worker) does not need to download.
export { withOverrides } from '../../sim/index.ts';
