/** The export's one entry point, loaded with `import()` when a download button is clicked. */
export { viewSvg, exportFileName, highlightCaption, type ViewSvgInput, type ExportTour } from './view-svg';
export { saveBlob, svgBlob, svgToPng } from './download';
