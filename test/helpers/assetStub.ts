/** Stands in for the stylesheets and icons admin modules import (see moduleNameMapper in jest.config.js). */
export default {}
