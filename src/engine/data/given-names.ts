// Common given names in England across communities (children and the adults around them), for the
// name heuristic of identifying-detail: a given name followed by a capitalised surname is very
// likely a real person. The list is deliberately wide rather than complete; a miss costs one
// undetected name, a wrong entry costs false alarms on every draft.
//
// Left out on purpose, because reviews use them as ordinary capitalised words: months (April, May,
// June, August), virtues and nouns (Hope, Grace, Faith, Joy, Patience, Mercy, Justice, Honour,
// Amber as in a RAG rating, Star, Sky, Summer, Autumn, Dawn), verbs (Will, Mark, Rob, Sue, Pat,
// Frank, Bill, Chase), places (Lincoln, Devon, India, Paris, Aston, Chester) and "Christian" and
// "Roman" ("Roman Catholic"). "Victoria", "Florence" and "Arthur" stay: the published names they
// appear in ("Victoria Climbié") are allowed separately.
const NAMES = `
  Aaliyah Aaron Aarav Abdi Abdirahman Abdul Abdullah Abena Abigail Abiola Adaeze Adam Ade Adebayo Adele Adeola Adil
  Adrian Adriana Agnieszka Ahmad Ahmed Aidan Aiden Aisha Akua Alan Alana Albie Aleksandra Alesha Alex Alexander
  Alexandra Alexandru Alfie Ali Alice Alicia Alisha Alison Ama Amaka Amanda Amara Amelia Amina Aminah Amir Amira
  Amrit Amy Ana Ananya Andre Andrea Andrei Andrew Andy Angela Anh Anika Anil Anisa Anita Ann Anna Anne Annie Anthony
  Antonio Aoife Archie Aria Arjun Arlo Arthur Aryan Asad Asha Ashley Asif Asma Austin Ava Ayaan Ayesha Ayo Ayodele
  Aziz Baljit Barbara Barry Bartosz Beatrice Bella Ben Benjamin Bethan Bethany Beverley Bilal Billy Blessing Bobby
  Bogdan Bradley Brandon Brenda Brian Bridget Brooke Caitlin Callum Cameron Carl Carly Carol Caroline Carys Catherine
  Cerys Charlie Charlotte Chelsea Cheryl Chiamaka Chidi Chinedu Chioma Chloe Chloé Chris Christine Christopher Ciara
  Ciaran Ciarán Claire Clare Claudette Clive Colin Connor Conor Courtney Craig Dafydd Daisy Damian Damilola Daniel
  Danielle Daria Darius Darren Dave David Dawid Dean Debbie Deborah Declan Deepak Delroy Demi Denise Derek Desmond
  Dev Dexter Diane Dimitri Diya Dmitri Dominik Donna Duncan Dwayne Dylan Eddie Edith Edward Efua Egle Elaine Eleanor
  Elena Eliza Elizabeth Ella Elliot Elliott Ellie Ellis Elsie Emeka Emily Emma Eoin Erin Errol Esme Ethan Evan Eve
  Evelyn Evie Ezra Faisal Farah Fatima Fatimah Felix Femi Ffion Filip Finley Finn Fiona Florence Folake Frankie
  Freddie Freya Funmi Gabriel Gabriela Gail Gareth Gary Gavin Gemma Geoffrey George Georgia Gethin Gillian Gordon
  Gracie Graham Gurdeep Gurpreet Hafsa Halima Hamza Hamzah Hana Hannah Hao Harjit Harley Harper Harpreet Harris
  Harrison Harry Harvey Hasan Hassan Hayley Hazel Heather Helen Henry Hibaq Hodan Holly Hugo Hussain Hussein Ian
  Ibrahim Idris Ieva Ifeoma Ilhan Ilyas Imran Ioana Ionut Iqra Irina Isa Isaac Isabel Isabella Isabelle Isla Ismail
  Ishaan Ivan Ivy Jacob Jack Jacqueline Jade Jake Jakub Jamal James Jamie Jane Janet Jasleen Jasmine Jason Jaspreet
  Javed Jayden Jaylen Jennifer Jenson Jeremy Jermaine Jessica Jill Joanne Joe Joel John Johnny Jonas Jonathan Jordan
  Joseph Josh Joshua Jude Julia Julie Justin Kabir Kacper Kai Kamal Kamil Karen Karl Karolina Katarzyna Kate Kathryn
  Katie Kayden Kayla Keira Keisha Keith Kelly Kemar Kemi Kenneth Kerry Kevin Khadija Khalid Kian Kieran Kim Kiran
  Kirsty Kofi Kojo Krish Krishna Krzysztof Kuldeep Kwabena Kwame Kwasi Kwesi Kyle Lakshmi Latoya Laura Lauren Layla
  Leah Leanne Lee Leila Lena Leo Leon Leroy Lewis Lexi Liam Lily Linda Linh Lisa Logan Lola Lorraine Louie Louis
  Louise Lucas Lucy Lukas Luke Luna Lyla Lynn Mabel Maddison Magdalena Mahmoud Maisie Maja Malcolm Malik Mandy Marcia
  Marcus Marek Margaret Maria Mariam Marlon Marta Martin Mary Maryam Mason Mateusz Matilda Matthew Max Maxine Meera
  Megan Mei Melissa Mia Michael Michal Michelle Mihai Mikayla Mila Millie Minh Mohamed Mohammad Mohammed Mollie Molly
  Muhammad Mustafa Nadia Nancy Naomi Nasreen Natalia Natalie Nathan Nathaniel Navdeep Naveed Nazia Neil Ngozi Nia
  Niamh Nicholas Nicola Nigel Nikhil Nikola Nkechi Noah Noor Nuala Nur Nusrat Obi Oksana Olga Oliver Olivia Oliwia
  Ollie Olu Oluwaseun Oluwatobi Omar Orla Oscar Otis Owain Owen Padraig Paige Pamela Parminder Patricia Patrick
  Patryk Paul Paula Penelope Peter Philip Phoebe Piotr Pooja Poppy Precious Priya Rachel Rahim Rahima Rahul Raj
  Rajesh Ramesh Rania Rashid Ravi Rebecca Reece Reggie Rehan Rhian Rhys Richard Riley Robert Robyn Roger Rohan Roisin
  Róisín Rokas Ronan Ronnie Rory Rosie Ruby Rupinder Ruqayyah Russell Ryan Saad Sabrina Sadia Safa Safiya Sagal
  Saima Sally Salma Sam Samantha Samir Samira Samuel Sana Sandra Sanjay Sara Sarah Scarlett Scott Seamus Sean Segun
  Sergei Shabnam Shahid Shamima Shane Shanice Shannon Sharon Shaun Shazia Sheila Shirin Shreya Siân Sian Sienna
  Simon Simran Siobhan Sofia Sonia Sonny Sophia Sophie Stacey Stephanie Stephen Steve Steven Stuart Sukhvinder
  Sumaya Sumayyah Summer-Rose Sunil Sunita Suresh Susan Suzanne Svetlana Szymon Tahir Tahmina Tamara Tanisha Tanvi
  Tanya Tariq Tayo Taylor Teddy Temi Teresa Terry Thanh Thea Theo Thomas Tia Tiffany Timothy Tobi Toby Tom Tomas
  Tomasz Tommy Tony Tracey Tracy Trevor Tunde Tyler Tyrone Umar Usman Uzma Valentina Vanessa Vasile Vicky Victoria
  Vikram Vincent Violet Vivek Waqar Wayne Wei Wendy Wiktoria William Willow Winston Xin Yasmin Yaw Yousef Yulia
  Yusuf Yvonne Zac Zachary Zahra Zain Zainab Zara Zayn Zeeshan Zoe Zoë Zuri Zuzanna
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
