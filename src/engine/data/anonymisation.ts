// Words that make a capitalised pair a role, relationship, organisation or pseudonym rather than a
// personal name ("Maternal Grandmother", "Child R", "Westmere Council"), and the shapes of
// identifiers that must not appear in a published review (domain brief, section 2).

/** Second words that show a "Given Surname" pair is not a person ("Jordan Road" is caught as an address instead). */
export const NOT_A_SURNAME: ReadonlySet<string> = new Set(
  `Child Children Baby Sibling Siblings Parent Parents Mother Father Mum Dad Grandmother Grandfather Grandparents Stepfather Stepmother Partner Aunt Uncle Brother Sister Cousin Carer Carers Family
School Academy College Nursery Surgery Practice Council Police Partnership Board Trust Service Services Team Unit Hospital Centre Court Hub Panel Group Agency Authority Department Office Road Street Avenue Lane Close Drive Way
January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
The And But Or If When Then Also However Although Because After Before During Year Review Report Plan`.split(/\s+/),
);

/** Words that are generic parts of a setting's name: "the Primary School" is not a named school. */
export const GENERIC_SETTING_WORDS: ReadonlySet<string> = new Set(
  `The A An Local Primary Secondary Infant Infants Junior Senior High Grammar Community Special Pupil Referral Nursery Day Virtual Catholic Church England Free Middle Independent Village Town City County Private State New Old His Her Their Child's Children's Family Medical Health GP General Practice Previous Current Same Other Next First Second Third Mainstream Alternative Residential Boarding Specialist`.split(/\s+/),
);

export const SETTING_KINDS = ['Primary School', 'Secondary School', 'High School', 'Grammar School', 'Infant School', 'Junior School', 'School', 'Academy', 'College', 'Nursery', 'Pre-School', 'Preschool', 'Surgery', 'Medical Centre', 'Health Centre', "Children's Centre"];

export const STREET_KINDS = ['Road', 'Street', 'Avenue', 'Lane', 'Close', 'Drive', 'Way', 'Crescent', 'Gardens', 'Place', 'Court', 'Terrace', 'Grove', 'Rise', 'Mews', 'Row', 'Walk', 'Square', 'Parade', 'Hill', 'View', 'Rd', 'St', 'Ave'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
