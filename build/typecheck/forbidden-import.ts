// Stand-in for packages a layer may not import. Each layer's tsconfig maps those names here
// ("paths"), so an import such as `import { app } from 'electron'` in shared/ or in
// electron/services/ pulls in this file and fails the type check on the line below.
const thisLayerMayNotImportThisPackage: never = 'see the "paths" of this layer\'s tsconfig.json';
export default thisLayerMayNotImportThisPackage;
