// Lane-group kinds named as CBP's Border Wait Times feed names lane types.

const CBP_NAMES: Record<string, string> = {
  general: 'Standard',
  ready: 'Ready Lane',
  nexus: 'NEXUS/SENTRI',
  sentri: 'NEXUS/SENTRI',
  fast: 'FAST (commercial)',
  pedestrian: 'Pedestrian Standard',
  'pedestrian-ready': 'Pedestrian Ready Lane',
  'pedestrian-sentri': 'Pedestrian SENTRI',
  bus: 'Bus',
  custom: 'no CBP lane type',
};

/** The lane type as CBP's feed names it ("Standard", "NEXUS/SENTRI", …), for a lane-group kind. */
export function cbpLaneType(kind: string): string {
  return CBP_NAMES[kind] ?? 'no CBP lane type';
}
