// Common given names in England across communities, for the name heuristic of identifying-detail:
// a given name followed by a capitalised surname is very likely a real person. Words that are
// also months, virtues or ordinary words (April, May, June, August, Hope, Grace, Will, Rose) are
// left out: "in May Child S" must not look like a name.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Aaron Abdul Abigail Adam Adaeze Ade Adele Adrian Ahmed Aidan Aisha Alan Alana Alex Alexander Alexandra Alfie Ali Alice Alicia Alisha Alison Amanda Amara Amber Amelia Amina Amir Amira Amy Ana Andre Andrea Andrew Angela Ann Anna Anne Annie Anthony Antonio Arjun Archie Aria Arthur Asha Ashley Aston Ayesha Ayaan
Barbara Ben Benjamin Bethany Bilal Blessing Bobby Brandon Brian Bradley Brooke
Caitlin Callum Cameron Carl Carly Caroline Catherine Charlie Charlotte Chelsea Chidi Chloe Chris Christine Christopher Ciara Claire Colin Connor Courtney Craig
Daisy Damian Daniel Danielle Darren David Dean Deborah Declan Demi Denise Dev Dexter Dimitri Donna Dylan
Edward Eleanor Elena Eliza Elizabeth Ella Ellie Elsie Emily Emma Erin Ethan Evan Evie Ezra
Fatima Finley Finn Florence Frankie Freddie Freya
Gabriel Gary Gemma George Georgia Graham Gurpreet
Hamza Hannah Harley Harper Harrison Harry Harvey Hassan Hayley Heather Helen Henry Holly Hussain
Ian Ibrahim Imran Isaac Isabel Isabella Isla Ivan Ivy
Jack Jacob Jade Jake James Jamal Jamie Jane Jasmine Jason Jayden Jaylen Jennifer Jessica Joanne Joe Joel John Jonathan Jordan Joseph Josh Joshua Julie Justin
Kacper Kai Karen Karl Kate Katie Kayden Kayla Keira Keisha Keith Kelly Kerry Kevin Kieran Kirsty Kofi Kwame Kyle
Laura Lauren Layla Leah Lee Leo Leon Lewis Liam Lily Lisa Logan Lola Louie Louis Louise Lucas Lucy Luke Luna Lyla
Maddison Maisie Malik Marcus Margaret Maria Mark Martin Mary Maryam Mason Matilda Matthew Max Megan Melissa Mia Michael Michelle Mikayla Mila Millie Mohammed Mohammad Mohamed Molly Muhammad
Naomi Natalie Nathan Neil Nia Nicholas Nicola Noah Nuala
Oliver Olivia Omar Oscar Owen
Patricia Paul Paige Peter Philip Phoebe Poppy Precious Priya
Rachel Rahul Raj Rebecca Reece Rhys Richard Riley Robert Robyn Rohan Ronan Rosie Ruby Ryan
Sadia Safiya Sam Samantha Samir Samuel Sandra Sanjay Sara Sarah Scarlett Scott Sean Shannon Shanice Sharon Shaun Sienna Simon Sofia Sophia Sophie Stacey Stephen Steven Susan Summer-Rose
Tamara Tanya Tariq Taylor Teresa Theo Thomas Tia Tiffany Tom Tommy Tony Tracey Tunde Tyler
Usman Uzma
Vanessa Victoria Vincent
Wayne William Willow
Yasmin Yusuf
Zac Zachary Zainab Zara Zoe`.split(/\s+/),
);
