// Names shared by the workflow and the activities about how a write can fail.

/** The activity failure type a write refused for its data carries. */
export const DATA_ERROR = 'DataError';
