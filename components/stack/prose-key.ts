/**
 * Keys of the prose map the stack page hands to the client: prose is rendered to React elements on
 * the server, one entry per component and one per flow of each view.
 */
export const proseKey = {
  component: (id: string) => `c:${id}`,
  flow: (diagramId: string, flowId: string) => `f:${diagramId}/${flowId}`,
  step: (viewId: string, tourId: string, index: number) => `s:${viewId}/${tourId}/${index}`,
};
