/**
 * Keys of the prose map the stack page hands to the client: prose is rendered to React elements on
 * the server, one entry per component, one per flow of each view and one per tour step.
 */
export const proseKey = {
  component: (id: string) => `c:${id}`,
  flow: (diagramId: string, flowId: string) => `f:${diagramId}/${flowId}`,
  /** `index` is 0-based (the reader's "Step 1" is index 0). */
  step: (viewId: string, tourId: string, index: number) => `s:${viewId}/${tourId}/${index}`,
};
