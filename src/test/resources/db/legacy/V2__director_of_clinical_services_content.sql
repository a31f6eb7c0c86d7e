-- Content of the career guide "How to Become a Director of Clinical Services (Championing Patient Care)".
-- Source: /work/shared/guide/director-of-clinical-services.txt; wording copied verbatim from the guide.
-- Portable SQL (H2 in PostgreSQL mode and PostgreSQL); foreign keys are looked up by stable keys, never hard-coded ids.

-- ---------------------------------------------------------------- career
insert into career (slug, title, guide_title, summary, introduction, role_description, responsibilities_intro, work_environment, conclusion) values (
'director-of-clinical-services',
'Director of Clinical Services',
'How to Become a Director of Clinical Services (Championing Patient Care)',
'Directors of Clinical Services hold a vital role in healthcare facilities, including hospitals, nursing homes, and other medical institutions. Their primary role is to oversee, manage, and coordinate the clinical services provided by the facility.',
'If you’ve always had the passion for leading healthcare services or pondered about the journey to becoming a Director of Clinical Services, you’ve landed on the right page.

In this guide, we’ll unfold the EXACT steps you need to undertake to start your career as a Director of Clinical Services.

Whether you’re just starting your healthcare career or are a seasoned professional looking to advance, stay with us.

We’re about to reveal the roadmap to becoming a Director of Clinical Services.

Let’s embark on this journey!',
'Directors of Clinical Services hold a vital role in healthcare facilities, including hospitals, nursing homes, and other medical institutions.

Their primary role is to oversee, manage, and coordinate the clinical services provided by the facility.

They work closely with medical, nursing, and administrative staff to ensure the delivery of high-quality patient care.

This involves planning and implementing new policies, reviewing and revising existing policies, and ensuring compliance with healthcare regulations and standards.

A Director of Clinical Services may also be responsible for hiring, training, and supervising clinical staff, ranging from nurses to therapists and medical technicians.

They also evaluate staff performance and oversee professional development initiatives.

They play a crucial role in budget planning and management, making sure that the facility’s resources are used effectively and efficiently.

They may also be involved in strategic planning, identifying opportunities for growth and improvement.

A Director of Clinical Services often acts as a liaison between the clinical staff and the facility’s leadership or governing board.

They report on the status of clinical services, patient satisfaction, and any issues that may impact the quality of care or the facility’s reputation.

In addition, they may also engage in community outreach and public relations efforts, promoting the facility’s services and fostering relationships with other healthcare providers and stakeholders.',
'The Director of Clinical Services is responsible for the overall strategic and operational management of the clinical services department, ensuring high quality, cost-effective patient care.

They provide leadership, direction, and administration of all aspects of clinical activities to ensure accomplishment of objectives.

They have the following roles and responsibilities:',
'Directors of Clinical Services typically work in healthcare institutions such as hospitals, clinics, nursing homes, and rehabilitation centers.

They may also find employment in healthcare consulting firms or government health departments.

These professionals generally work in an office setting, but they also need to spend time in different areas of the healthcare facility to supervise and coordinate the clinical team’s operations.

Directors of Clinical Services usually work full-time, with extended hours being quite common due to the demanding nature of the healthcare industry.

In addition to their managerial responsibilities, they often have frequent meetings and collaborations with other healthcare professionals, administrative staff, and sometimes even patients and their families.

They must navigate a high-stress environment that requires precise decision-making, extensive knowledge of healthcare practices and policies, and excellent leadership skills.

Their role might involve travel, especially if they are overseeing clinical services in multiple locations within a healthcare network.

After gaining significant experience and knowledge, a Director of Clinical Services may advance to higher executive roles within the healthcare system or start their own consulting business.',
'So there you have it.

Starting your journey to become a Director of Clinical Services is an ambitious goal, but it’s undeniably fulfilling.

Equipped with the appropriate skills, education, and tenacity, you are poised to make a substantial difference in the healthcare sector.

Bear in mind, the road may be demanding, but the potential for change is boundless. Your leadership could pave the way for advancements that revolutionize how we provide and receive healthcare.

Take the plunge. Delve deeply into learning. Build relationships with healthcare professionals. And most importantly, never stop driving towards excellence.

Because the world is waiting for the difference you can make.'
);

-- ---------------------------------------------------------------- roadmap steps
insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'educational-background',
1,
'Acquire a Solid Educational Background',
'Starting your journey towards becoming a Director of Clinical Services, it’s crucial to obtain a strong educational background.',
'Starting your journey towards becoming a Director of Clinical Services, it’s crucial to obtain a strong educational background.

This typically begins with a bachelor’s degree in a health-related field, such as nursing, public health, healthcare administration, or even psychology.

Following your undergraduate studies, most healthcare facilities require their directors to hold a master’s degree in a related field.

A Master’s in Health Administration (MHA) or a Master’s in Public Health (MPH) are highly recommended as they equip you with advanced knowledge in healthcare management, policy, and ethics.

Other acceptable degrees can be in nursing, business administration with a healthcare focus, or health services administration.

During your master’s program, you should focus on subjects like health economics, health information systems, and health law to understand the complexities of managing a healthcare setting.

Internships or residencies can provide valuable hands-on experience and potential networking opportunities within the healthcare industry.

Some individuals may even opt to pursue a doctorate degree to further specialize in a particular area of health administration or research.

However, this isn’t a prerequisite for all Director of Clinical Services roles.

Remember, the goal of these educational steps is to provide you with a strong foundation in the healthcare field, along with the necessary leadership and management skills to oversee clinical services effectively.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'healthcare-degree',
2,
'Obtain a Degree in a Healthcare Related Field',
'To become a Director of Clinical Services, you need to obtain a degree in a healthcare-related field.',
'To become a Director of Clinical Services, you need to obtain a degree in a healthcare-related field.

Most professionals in this role possess a master’s degree, typically in health administration, health management, nursing, public health administration, or business administration with a focus on healthcare.

These programs provide students with a comprehensive understanding of healthcare delivery systems, healthcare laws and ethics, financial management, human resources, and other critical aspects of running clinical services.

While pursuing your degree, you will also have opportunities to gain hands-on experience through internships or part-time jobs in healthcare facilities.

If you are planning to start from a bachelor’s degree, consider degrees such as nursing, biology, health sciences, or public health as these can provide you with a solid foundation in the healthcare field.

It is important to note that many Directors of Clinical Services are also registered nurses.

In this case, you might need to first obtain a nursing degree and pass the National Council Licensure Examination (NCLEX) to become a registered nurse.

Regardless of the path you choose, the goal is to gain a deep understanding of clinical services and the healthcare industry as a whole.

This knowledge and expertise will be invaluable as you progress in your career and take on higher-level roles.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'practical-experience',
3,
'Gain Practical Experience in Clinical Services',
'In order to become a Director of Clinical Services, accumulating substantial practical experience in clinical services is an important step.',
'In order to become a Director of Clinical Services, accumulating substantial practical experience in clinical services is an important step.

This involves working in various clinical roles such as a Registered Nurse, Clinical Manager or Quality Assurance Manager, where you’ll have the opportunity to learn about different aspects of the clinical process and healthcare management.

Often, it’s beneficial to gain experience in multiple settings like hospitals, nursing homes or community health centers.

This will not only increase your knowledge of the industry but also allow you to identify areas where improvements can be made, which is a crucial part of the role as a Director of Clinical Services.

In addition, practical experience will allow you to develop essential skills such as leadership, decision-making and problem-solving.

You will also have the chance to work with different healthcare professionals and understand how to coordinate with them to ensure that the best care is provided to patients.

Remember, the more practical experience you gain, the more prepared you’ll be to take on the responsibilities of a Director of Clinical Services.

It is not uncommon for individuals to work their way up within an organization, starting with clinical roles and gradually progressing to management and director-level positions.

This on-the-job experience is invaluable, and is often looked at favorably by hiring organizations.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'further-education',
4,
'Pursue Further Education and Specialization',
'In order to excel as a Director of Clinical Services, continuing education and specialization is crucial.',
'In order to excel as a Director of Clinical Services, continuing education and specialization is crucial.

This can be accomplished by pursuing a master’s degree or a doctorate in a health-related field, such as Public Health, Health Administration, or Clinical Research.

Depending upon your specific career goals, you may want to specialize in areas such as healthcare management, clinical research, health policy, or epidemiology.

This advanced education can give you the leadership and management skills necessary to oversee a clinical department effectively.

Additionally, attaining certifications in healthcare management such as Certified Healthcare Executive (CHE) or Fellow of the American College of Healthcare Executives (FACHE) can be beneficial.

These certifications can demonstrate a high level of commitment and expertise in the field, making you more attractive to potential employers.

Remember, the goal of pursuing further education and specialization is not merely to add credentials to your resume, but to acquire the knowledge and skills that will enable you to improve the quality of care provided in your clinical setting.

This will involve staying updated with the latest developments in healthcare delivery systems, health laws and regulations, and clinical service standards.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'certifications-and-licenses',
5,
'Acquire Necessary Certifications and Licenses',
'As a Director of Clinical Services, it is crucial that you have all necessary certifications and licenses required for the role.',
'As a Director of Clinical Services, it is crucial that you have all necessary certifications and licenses required for the role.

Depending on the specific field you are working in, these certifications could include a state-issued license as a Clinical Social Worker, Registered Nurse, or other healthcare professional.

In addition, you may also need to obtain a certification in healthcare administration or management.

These certifications could include the Certified Medical Manager (CMM) or the Certified Healthcare Executive (CHE) credentials.

These certifications not only validate your expertise and skills, but also demonstrate your commitment to the profession.

Furthermore, some positions may require you to have certifications in specific areas such as Geriatric Care, Mental Health, or Substance Abuse.

It is essential to stay updated with current healthcare laws, regulations, and trends.

Therefore, continuous learning and development through professional courses, seminars, and workshops is highly recommended.

Remember, certification and licensing requirements may vary from state to state and between different healthcare settings.

Hence, it is vital to check with local health departments or professional licensing boards to determine the exact qualifications needed for the position.

In summary, acquiring the appropriate certifications and licenses not only qualifies you for the role of Director of Clinical Services but also provides you with a competitive edge in the job market.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'leadership-skills',
6,
'Develop Strong Leadership and Management Skills',
'As a Director of Clinical Services, you will need to manage a team of healthcare professionals, oversee operations, and make important strategic decisions.',
'As a Director of Clinical Services, you will need to manage a team of healthcare professionals, oversee operations, and make important strategic decisions.

Therefore, it is essential to develop strong leadership and management skills.

One way to develop these skills is by taking on leadership roles in your current position.

This could involve leading a team or a project, or taking responsibility for a particular aspect of service delivery.

In addition, you can also attend leadership and management training programs or pursue a Master’s in Healthcare Administration or a similar field.

These programs can provide you with formal education and training in areas such as strategic planning, financial management, human resources, and healthcare policy.

Moreover, it is important to develop soft skills such as communication, problem-solving, and decision-making.

Effective leaders are able to communicate clearly with their team, solve problems efficiently, and make informed decisions.

These skills can be honed through practical experience and targeted training.

Finally, always be open to feedback and seek opportunities for continuous learning.

Leadership is an ongoing journey, and there is always room for improvement.

By being receptive to feedback and committed to learning, you can continually refine your leadership skills and become a more effective Director of Clinical Services.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'healthcare-management-experience',
7,
'Gain Experience in Healthcare Management',
'After acquiring your master’s degree in healthcare administration or a related field, it’s critical to gain practical experience in healthcare management.',
'After acquiring your master’s degree in healthcare administration or a related field, it’s critical to gain practical experience in healthcare management.

This can be achieved by working in healthcare facilities such as hospitals, nursing homes, outpatient care centers, or even private medical practices.

In these environments, you can acquire first-hand knowledge of how healthcare systems operate, observe patient care processes, and gain an understanding of healthcare policies and regulations.

Experience in managing healthcare teams, developing and implementing healthcare programs, and ensuring patient safety and satisfaction are important aspects of this step.

You can start in roles such as a healthcare consultant, medical and health services manager, or even a nursing home administrator.

The goal is to understand all the dynamics of healthcare management, from financial management to patient care to staff supervision.

It’s also beneficial to gain experience in strategic planning and development within a healthcare setting.

Remember, the role of a Director of Clinical Services is a leadership position that requires comprehensive knowledge of all aspects of healthcare.

Therefore, the more diversified your experience, the better equipped you will be for this role.

You might also consider obtaining professional certification in healthcare management to enhance your credentials and increase your career prospects.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'latest-developments',
8,
'Keep Abreast of the Latest Developments in Healthcare',
'As a Director of Clinical Services, it is essential that you stay informed about the latest developments and trends in the healthcare industry.',
'As a Director of Clinical Services, it is essential that you stay informed about the latest developments and trends in the healthcare industry.

This could include changes in healthcare policies, new medical research findings, technological advancements in medical equipment and software, or new best practices in patient care and hospital management.

You can keep up with these developments by reading healthcare journals and publications, attending healthcare conferences and seminars, enrolling in relevant continuing education courses, and networking with other professionals in your field.

Being knowledgeable about these developments will help you make informed decisions about the management and direction of your clinical services.

Additionally, staying updated in your field will ensure that your organization is implementing the most effective and current healthcare practices, which could improve patient outcomes and increase the efficiency and effectiveness of your services.

Remember, the healthcare field is constantly evolving, and as a Director of Clinical Services, you have a responsibility to ensure that your organization is keeping pace with these changes.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'networking',
9,
'Network with Healthcare Professionals and Leaders',
'Networking is a fundamental step in advancing your career to become a Director of Clinical Services.',
'Networking is a fundamental step in advancing your career to become a Director of Clinical Services.

This step involves building relationships with professionals in the healthcare industry and establishing a strong professional network with leaders.

This can be achieved by attending healthcare conferences, seminars, webinars, workshops, or any other professional gatherings.

Moreover, you can join and actively participate in healthcare professional organizations and online communities.

Networking allows you to learn from the experiences of others, gain insights into advancements in the field, and be aware of job openings or opportunities for advancement.

It also provides the chance to gain visibility within the professional community, which can help you stand out from other candidates when seeking a director-level position.

Moreover, you can consider finding a mentor who is already in a director’s role.

They can provide guidance, feedback, and advice on how to successfully navigate your career towards becoming a Director of Clinical Services.

Remember, networking is not a one-time event, but a continuous process that could significantly contribute to your professional growth and career advancement.

Lastly, don’t underestimate the power of connecting with peers, subordinates, and ancillary staff, as they can provide valuable insights and perspectives that may not be available from a leadership or administrative viewpoint.

They can also be great allies in supporting your goals and initiatives once you reach the director role.'
);

insert into roadmap_step (career_id, step_key, position, title, summary, body) values (
(select id from career where slug = 'director-of-clinical-services'),
'apply-for-positions',
10,
'Apply for Director of Clinical Services Positions',
'Once you have gained enough experience in clinical services, it’s time to apply for Director of Clinical Services positions.',
'Once you have gained enough experience in clinical services, it’s time to apply for Director of Clinical Services positions.

This role typically requires significant industry experience and a proven track record of leadership within healthcare environments.

Begin by identifying potential organizations that you may want to join.

These could be hospitals, clinics, or long-term care facilities.

Look for job postings that match your skills and qualifications.

Your application should reflect the exact requirements listed in the job description.

Emphasize your leadership skills, your ability to manage multiple departments, and your understanding of clinical services.

Remember to tailor your resume and cover letter for each application.

Highlight your experiences, achievements, and the relevant skills you have acquired over the years.

Ensure you demonstrate your knowledge of healthcare regulations, patient care standards, and your ability to manage and develop a team of healthcare professionals.

Before sending your application, make sure to proofread for any errors and have someone else review it as well.

Once you’ve applied, prepare for potential interviews.

Be ready to answer questions about your management style, how you handle conflict or crisis, and your strategies for improving patient care services.

If you aren’t successful in your initial applications, don’t get discouraged.

Continue improving your skills and stay updated with the latest in healthcare services.

The role of Director of Clinical Services is a senior position, and it may take time and patience to secure this role.

Persistence is key.'
);

-- ---------------------------------------------------------------- step actions
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), 'earn-bachelors-degree', 1, 'Earn a bachelor’s degree in a health-related field');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), 'complete-masters-degree', 2, 'Complete a master’s degree such as an MHA or MPH');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), 'focus-master-subjects', 3, 'Focus on health economics, health information systems and health law');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), 'internships-or-residencies', 4, 'Seek internships or residencies for hands-on experience and networking');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), 'doctorate-degree', 5, 'Pursue a doctorate to specialize further (optional)');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), 'obtain-healthcare-degree', 1, 'Obtain a degree in a healthcare-related field');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), 'choose-bachelors-degree', 2, 'Consider a bachelor’s in nursing, biology, health sciences or public health (optional)');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), 'earn-masters-degree', 3, 'Earn a master’s degree, typically in health administration or management');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), 'internships-or-part-time-jobs', 4, 'Gain hands-on experience through internships or part-time jobs');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), 'pass-nclex', 5, 'Pass the NCLEX to become a registered nurse (nursing route)');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), 'work-in-clinical-roles', 1, 'Work in clinical roles such as Registered Nurse or Clinical Manager');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), 'multiple-settings', 2, 'Gain experience in hospitals, nursing homes or community health centers');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), 'develop-core-skills', 3, 'Develop leadership, decision-making and problem-solving skills on the job');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), 'coordinate-with-professionals', 4, 'Learn to coordinate with different healthcare professionals');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), 'advanced-degree', 1, 'Pursue a master’s degree or a doctorate in a health-related field');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), 'choose-specialization', 2, 'Specialize in an area such as healthcare management or health policy (optional)');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), 'management-certification', 3, 'Attain a healthcare management certification such as CHE or FACHE');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), 'stay-updated', 4, 'Stay updated on healthcare delivery systems, health laws and regulations');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), 'state-license', 1, 'Obtain a state-issued license for your field, e.g. Clinical Social Worker or RN');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), 'administration-certification', 2, 'Obtain a healthcare administration certification such as CMM or CHE (if required)');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), 'specialty-certifications', 3, 'Earn Geriatric Care, Mental Health or Substance Abuse certification (if required)');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), 'continuous-learning', 4, 'Keep learning through professional courses, seminars and workshops');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), 'check-local-requirements', 5, 'Check local health departments or licensing boards for exact requirements');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), 'take-leadership-roles', 1, 'Take on leadership roles in your current position');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), 'lead-team-or-project', 2, 'Lead a team or project, or take responsibility for an aspect of service delivery');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), 'leadership-training', 3, 'Attend leadership and management training programs');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), 'develop-soft-skills', 4, 'Develop communication, problem-solving and decision-making skills');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), 'seek-feedback', 5, 'Be open to feedback and seek opportunities for continuous learning');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), 'work-in-healthcare-facilities', 1, 'Gain management experience in hospitals, nursing homes or outpatient care centers');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), 'start-in-management-role', 2, 'Start as a healthcare consultant or medical and health services manager');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), 'manage-teams-and-programs', 3, 'Gain experience managing healthcare teams and implementing programs');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), 'strategic-planning-experience', 4, 'Gain experience in strategic planning and development');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), 'management-certification', 5, 'Obtain professional certification in healthcare management (optional)');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), 'read-journals', 1, 'Read healthcare journals and publications');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), 'attend-conferences', 2, 'Attend healthcare conferences and seminars');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), 'continuing-education', 3, 'Enroll in relevant continuing education courses');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), 'network-with-professionals', 4, 'Network with other professionals in your field');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), 'attend-events', 1, 'Attend healthcare conferences, seminars, webinars and workshops');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), 'join-organizations', 2, 'Join and actively participate in healthcare professional organizations');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), 'find-mentor', 3, 'Find a mentor who is already in a director’s role (optional)');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), 'connect-with-peers', 4, 'Connect with peers, subordinates and ancillary staff');

insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), 'identify-organizations', 1, 'Identify organizations to join, such as hospitals, clinics or long-term care facilities');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), 'tailor-application', 2, 'Tailor your resume and cover letter for each application');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), 'proofread-application', 3, 'Proofread your application and have someone else review it');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), 'prepare-for-interviews', 4, 'Prepare for interviews on management style, conflict and patient care');
insert into step_action (step_id, action_key, position, label) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), 'keep-improving', 5, 'If initial applications fail, keep improving your skills and stay updated');

-- ---------------------------------------------------------------- skills
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'leadership', 1, 'Leadership', 'The Director of Clinical Services oversees the entire clinical department. Leadership skills are essential to manage teams, inspire staff, and drive the department towards its goals.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'healthcare-regulations', 2, 'Knowledge of Healthcare Regulations', 'Understanding healthcare regulations and ensuring compliance is crucial. The Director of Clinical Services should have a thorough knowledge of local, state, and federal laws related to healthcare.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'clinical-expertise', 3, 'Clinical Expertise', 'Having a robust clinical background is a must. This includes understanding of medical terminologies, clinical procedures, and standards of practice.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'decision-making', 4, 'Decision-making', 'The role often requires making tough decisions that affect patient care and staff management. Strong decision-making skills, backed by analytical thinking and judgement, are crucial.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'financial-management', 5, 'Financial Management', 'The Director of Clinical Services is responsible for managing the department’s budget, cost control, and resource allocation. Skills in financial management are therefore vital.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'communication', 6, 'Communication', 'Effective communication is key in coordinating with staff, patients, and other healthcare professionals. Good communication skills help ensure that information is conveyed clearly and efficiently.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'strategic-planning', 7, 'Strategic Planning', 'The role involves developing strategies and setting goals for the clinical department. Strategic planning skills are essential in driving the department’s success and aligning its objectives with the overall organization.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'quality-management', 8, 'Quality Management', 'Ensuring high-quality patient care is a key responsibility. Knowledge and skills in quality management, including implementing quality control measures and improvements, are important.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'problem-solving', 9, 'Problem-solving', 'The ability to identify and solve problems effectively is crucial. This could range from staff issues to operational challenges.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'teamwork', 10, 'Teamwork', 'The Director of Clinical Services works with a wide range of professionals. The ability to collaborate and work effectively within a team is essential for the role.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'conflict-resolution', 11, 'Conflict Resolution', 'Dealing with conflicts among staff or handling patient complaints is a part of the role. Conflict resolution skills help maintain a harmonious work environment and ensure patient satisfaction.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'project-management', 12, 'Project Management', 'Overseeing projects, such as implementing new healthcare programs or improving existing services, requires strong project management skills.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'organizational-skills', 13, 'Organizational Skills', 'Being organized helps manage the many responsibilities and tasks effectively, from patient care to administrative duties.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'empathy', 14, 'Empathy', 'As a healthcare professional, empathy towards patients and staff is important. It helps in providing compassionate care and understanding the concerns of others.');
insert into skill (career_id, skill_key, position, name, description) values ((select id from career where slug = 'director-of-clinical-services'), 'adaptability', 15, 'Adaptability', 'The healthcare sector is dynamic and constantly evolving. The ability to adapt to changes and implement new healthcare practices or technologies is crucial.');

-- ---------------------------------------------------------------- credentials
-- Descriptions quote or closely paraphrase step 2 (NCLEX), step 4 (CHE, FACHE), step 5 (licenses, CMM, CHE, specialty
-- certifications) and the FAQ "What qualifications are required..." (RN license, license in clinical social work).
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'registered-nurse-licence', 1, 'Registered Nurse (RN) licence', 'RN', 'LICENCE', 'Many Directors of Clinical Services are also registered nurses, so you might need to first obtain a nursing degree and pass the National Council Licensure Examination (NCLEX) to become a registered nurse. Depending on the specific field you are working in, the necessary licenses could include a state-issued license as a Registered Nurse.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'clinical-social-worker-licence', 2, 'Clinical Social Worker licence', null, 'LICENCE', 'Depending on the specific field you are working in, the necessary licenses could include a state-issued license as a Clinical Social Worker. Some roles may also require a license in clinical social work.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'che', 3, 'Certified Healthcare Executive', 'CHE', 'CERTIFICATION', 'A certification in healthcare management that can be beneficial, demonstrating a high level of commitment and expertise in the field and making you more attractive to potential employers. It is also named among the healthcare administration or management certifications you may need to obtain.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'fache', 4, 'Fellow of the American College of Healthcare Executives', 'FACHE', 'CERTIFICATION', 'A certification in healthcare management that can be beneficial, demonstrating a high level of commitment and expertise in the field and making you more attractive to potential employers.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'cmm', 5, 'Certified Medical Manager', 'CMM', 'CERTIFICATION', 'A certification in healthcare administration or management that you may also need to obtain. Such certifications not only validate your expertise and skills, but also demonstrate your commitment to the profession.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'geriatric-care-certification', 6, 'Geriatric Care certification', null, 'CERTIFICATION', 'Some positions may require you to have certifications in specific areas such as Geriatric Care.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'mental-health-certification', 7, 'Mental Health certification', null, 'CERTIFICATION', 'Some positions may require you to have certifications in specific areas such as Mental Health.');
insert into credential (career_id, credential_key, position, name, abbreviation, kind, description) values ((select id from career where slug = 'director-of-clinical-services'), 'substance-abuse-certification', 8, 'Substance Abuse certification', null, 'CERTIFICATION', 'Some positions may require you to have certifications in specific areas such as Substance Abuse.');

-- ---------------------------------------------------------------- step skills and step credentials
-- Step 1 (educational-background):
--   leadership: "along with the necessary leadership and management skills to oversee clinical services effectively"
--   healthcare-regulations: "advanced knowledge in healthcare management, policy, and ethics ... health law to understand the complexities of managing a healthcare setting"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'educational-background'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));

-- Step 2 (healthcare-degree):
--   healthcare-regulations: "healthcare laws and ethics"
--   financial-management: "financial management, human resources, and other critical aspects of running clinical services"
--   clinical-expertise: "the goal is to gain a deep understanding of clinical services and the healthcare industry as a whole"
--   registered-nurse-licence: "many Directors of Clinical Services are also registered nurses ... pass the National Council Licensure Examination (NCLEX) to become a registered nurse"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'financial-management'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'clinical-expertise'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-degree'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'registered-nurse-licence'));

-- Step 3 (practical-experience):
--   leadership: "develop essential skills such as leadership, decision-making and problem-solving"
--   decision-making: "develop essential skills such as leadership, decision-making and problem-solving"
--   problem-solving: "develop essential skills such as leadership, decision-making and problem-solving"
--   teamwork: "work with different healthcare professionals and understand how to coordinate with them"
--   clinical-expertise: "learn about different aspects of the clinical process and healthcare management"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'decision-making'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'problem-solving'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'teamwork'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'practical-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'clinical-expertise'));

-- Step 4 (further-education):
--   leadership: "the leadership and management skills necessary to oversee a clinical department effectively"
--   healthcare-regulations: "staying updated with the latest developments in healthcare delivery systems, health laws and regulations"
--   quality-management: "improve the quality of care provided in your clinical setting"
--   che: "Certified Healthcare Executive (CHE)"
--   fache: "Fellow of the American College of Healthcare Executives (FACHE)"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'quality-management'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'che'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'further-education'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'fache'));

-- Step 5 (certifications-and-licenses):
--   healthcare-regulations: "stay updated with current healthcare laws, regulations, and trends"
--   clinical-social-worker-licence: "a state-issued license as a Clinical Social Worker"
--   registered-nurse-licence: "a state-issued license as a Clinical Social Worker, Registered Nurse, or other healthcare professional"
--   cmm: "the Certified Medical Manager (CMM)"
--   che: "the Certified Healthcare Executive (CHE) credentials"
--   geriatric-care-certification: "certifications in specific areas such as Geriatric Care, Mental Health, or Substance Abuse"
--   mental-health-certification: "certifications in specific areas such as Geriatric Care, Mental Health, or Substance Abuse"
--   substance-abuse-certification: "certifications in specific areas such as Geriatric Care, Mental Health, or Substance Abuse"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'clinical-social-worker-licence'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'registered-nurse-licence'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'cmm'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'che'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'geriatric-care-certification'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'mental-health-certification'));
insert into step_credential (step_id, credential_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'certifications-and-licenses'), (select r.id from credential r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.credential_key = 'substance-abuse-certification'));

-- Step 6 (leadership-skills):
--   leadership: "develop strong leadership and management skills"
--   communication: "soft skills such as communication, problem-solving, and decision-making"
--   problem-solving: "soft skills such as communication, problem-solving, and decision-making"
--   decision-making: "soft skills such as communication, problem-solving, and decision-making"
--   strategic-planning: "training in areas such as strategic planning, financial management, human resources, and healthcare policy"
--   financial-management: "training in areas such as strategic planning, financial management, human resources, and healthcare policy"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'communication'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'problem-solving'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'decision-making'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'strategic-planning'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'leadership-skills'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'financial-management'));

-- Step 7 (healthcare-management-experience):
--   leadership: "Experience in managing healthcare teams ... staff supervision"
--   healthcare-regulations: "gain an understanding of healthcare policies and regulations"
--   project-management: "developing and implementing healthcare programs"
--   financial-management: "from financial management to patient care to staff supervision"
--   strategic-planning: "gain experience in strategic planning and development within a healthcare setting"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'project-management'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'financial-management'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'healthcare-management-experience'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'strategic-planning'));

-- Step 8 (latest-developments):
--   decision-making: "will help you make informed decisions about the management and direction of your clinical services"
--   adaptability: "the healthcare field is constantly evolving ... ensure that your organization is keeping pace with these changes"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'decision-making'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'latest-developments'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'adaptability'));

-- Step 9 (networking):
--   communication: "building relationships with professionals in the healthcare industry"
--   teamwork: "connecting with peers, subordinates, and ancillary staff ... great allies in supporting your goals"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'communication'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'networking'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'teamwork'));

-- Step 10 (apply-for-positions):
--   leadership: "Emphasize your leadership skills"
--   clinical-expertise: "your understanding of clinical services"
--   healthcare-regulations: "demonstrate your knowledge of healthcare regulations"
--   conflict-resolution: "how you handle conflict or crisis"
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'leadership'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'clinical-expertise'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'healthcare-regulations'));
insert into step_skill (step_id, skill_id) values ((select s.id from roadmap_step s join career c on c.id = s.career_id where c.slug = 'director-of-clinical-services' and s.step_key = 'apply-for-positions'), (select k.id from skill k join career c on c.id = k.career_id where c.slug = 'director-of-clinical-services' and k.skill_key = 'conflict-resolution'));

-- ---------------------------------------------------------------- career ladder
insert into ladder_rung (career_id, rung_key, position, stage, title, description, tips_intro) values (
(select id from career where slug = 'director-of-clinical-services'),
'clinical-services-coordinator',
1,
'The Foundation',
'Clinical Services Coordinator',
'The journey usually begins as a Clinical Services Coordinator.

At this stage, you would be responsible for assisting with patient care coordination, managing schedules, and maintaining patient records.',
'Here are a few tips to succeed in this role:'
);
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-coordinator'), 1, 'Gain Knowledge', 'Stay updated about the healthcare industry and clinical practices.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-coordinator'), 2, 'Work on Communication', 'Enhance your communication skills to interact effectively with patients, doctors, and other staff.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-coordinator'), 3, 'Be Organized', 'Manage patient schedules and records meticulously to ensure smooth operations.');

insert into ladder_rung (career_id, rung_key, position, stage, title, description, tips_intro) values (
(select id from career where slug = 'director-of-clinical-services'),
'clinical-services-manager',
2,
'The Ascent',
'Clinical Services Manager',
'With experience and confidence, you’ll transition into the role of a Clinical Services Manager.

You will be responsible for overseeing clinical operations, ensuring compliance with regulations, and managing staff.',
'Here’s how to excel in this stage:'
);
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-manager'), 1, 'Leadership Skills', 'Develop your leadership skills to manage your team effectively.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-manager'), 2, 'Regulatory Knowledge', 'Be aware of healthcare regulations and ensure compliance at all times.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'clinical-services-manager'), 3, 'Problem Solving', 'Develop your problem-solving skills to handle any issues that arise during daily operations.');

insert into ladder_rung (career_id, rung_key, position, stage, title, description, tips_intro) values (
(select id from career where slug = 'director-of-clinical-services'),
'director-of-clinical-operations',
3,
'Reaching New Heights',
'Director of Clinical Operations',
'The next step is the role of Director of Clinical Operations.

In this position, you will oversee multiple departments, manage budgets, and make strategic decisions for the clinical services department.',
'To succeed as a Director of Clinical Operations:'
);
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'director-of-clinical-operations'), 1, 'Financial Management', 'Gain knowledge about budget management and resource allocation.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'director-of-clinical-operations'), 2, 'Strategic Thinking', 'Make strategic decisions that benefit the organization and enhance patient care.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'director-of-clinical-operations'), 3, 'Interdepartmental Collaboration', 'Foster a collaborative environment and work closely with other departments.');

insert into ladder_rung (career_id, rung_key, position, stage, title, description, tips_intro) values (
(select id from career where slug = 'director-of-clinical-services'),
'vice-president-of-clinical-services',
4,
'Beyond the Horizon',
'Vice President of Clinical Services',
'As you continue to advance, you may step into the role of Vice President of Clinical Services.

This role involves higher responsibilities including creating strategies for clinical services across the organization, ensuring the highest quality of care, and contributing to the executive team.',
'Here’s what to focus on:'
);
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'vice-president-of-clinical-services'), 1, 'Visionary Leadership', 'Lead with a vision, creating long-term strategies for the clinical services department.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'vice-president-of-clinical-services'), 2, 'Quality Assurance', 'Ensure the highest quality of clinical care across the organization.');
insert into ladder_tip (rung_id, position, title, tip_text) values ((select r.id from ladder_rung r join career c on c.id = r.career_id where c.slug = 'director-of-clinical-services' and r.rung_key = 'vice-president-of-clinical-services'), 3, 'Executive Teamwork', 'Work closely with other executives to align clinical services with the organization’s overall strategy.');

insert into ladder_rung (career_id, rung_key, position, stage, title, description, tips_intro) values (
(select id from career where slug = 'director-of-clinical-services'),
'director-of-clinical-services',
5,
'Pinnacle of Success',
'Director of Clinical Services',
'Reaching the position of Director of Clinical Services is a significant achievement, placing you at the top of the clinical services career ladder.

In this role, you will shape the organization’s clinical services strategy, manage large teams, and make critical decisions affecting patient care across the organization.',
null
);

-- ---------------------------------------------------------------- salary bands
insert into salary_band (career_id, band_key, position, level_name, median_min, median_max, open_ended, experience_text, experience_min_years, experience_max_years, description) values (
(select id from career where slug = 'director-of-clinical-services'),
'entry-level',
1,
'Entry-Level Director of Clinical Services',
80000,
110000,
false,
'1-3 years',
1,
3,
'Entry-level directors of clinical services usually have 1-3 years of experience and are typically responsible for the supervision and administration of healthcare or mental health services within a certain department or for a certain group of patients. They might also coordinate services with other health organizations.'
);

insert into salary_band (career_id, band_key, position, level_name, median_min, median_max, open_ended, experience_text, experience_min_years, experience_max_years, description) values (
(select id from career where slug = 'director-of-clinical-services'),
'mid-level',
2,
'Mid-Level Director of Clinical Services',
110000,
150000,
false,
'3-6 years',
3,
6,
'Mid-level directors have 3-6 years of experience and often take on additional responsibilities such as developing and implementing policies and procedures for clinical and ancillary services. They may also be responsible for achieving certain clinical objectives and goals.'
);

insert into salary_band (career_id, band_key, position, level_name, median_min, median_max, open_ended, experience_text, experience_min_years, experience_max_years, description) values (
(select id from career where slug = 'director-of-clinical-services'),
'senior',
3,
'Senior Director of Clinical Services',
150000,
200000,
false,
'6+ years',
6,
null,
'Senior directors have 6+ years of experience and have a larger scope of responsibilities. These include strategic planning, quality assurance, regulatory compliance, and management of a large clinical staff. They also play a key role in forming partnerships with other healthcare providers.'
);

insert into salary_band (career_id, band_key, position, level_name, median_min, median_max, open_ended, experience_text, experience_min_years, experience_max_years, description) values (
(select id from career where slug = 'director-of-clinical-services'),
'executive',
4,
'Executive Director of Clinical Services / Vice President of Clinical Services',
200000,
260000,
true,
null,
null,
null,
'At this level, directors are responsible for the overall strategic planning, direction, and coordination of all clinical services across a healthcare organization or system. They also work closely with other executive staff to set policies and make decisions that affect the entire organization.'
);

-- ---------------------------------------------------------------- responsibility areas and duties
insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'strategic-planning', 1, 'Strategic Planning and Execution');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'strategic-planning'), 1, 'Develop and implement strategic plans for the clinical services department.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'strategic-planning'), 2, 'Monitor and evaluate performance to ensure effective implementation of strategies.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'strategic-planning'), 3, 'Coordinate and integrate clinical services activities with other departments.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'operational-management', 2, 'Operational Management');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'operational-management'), 1, 'Ensure efficient and effective delivery of clinical services.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'operational-management'), 2, 'Coordinate and supervise clinical services and programs.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'operational-management'), 3, 'Ensure compliance with federal, state, and local regulations and standards.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'quality-improvement', 3, 'Quality Improvement');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'quality-improvement'), 1, 'Establish and enforce quality improvement standards and protocols.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'quality-improvement'), 2, 'Regularly review and analyze performance data to identify opportunities for improvement.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'quality-improvement'), 3, 'Develop and implement quality improvement initiatives.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'budget-management', 4, 'Budget Management');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'budget-management'), 1, 'Develop and manage the budget for the clinical services department.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'budget-management'), 2, 'Monitor financial performance and make necessary adjustments to ensure financial objectives are met.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'staff-management', 5, 'Staff Management');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'staff-management'), 1, 'Oversee recruitment, training, development, and evaluation of clinical staff.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'staff-management'), 2, 'Provide leadership, guidance, and support to clinical staff.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'staff-management'), 3, 'Ensure staff are appropriately trained and competent in their roles.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'patient-care', 6, 'Patient Care');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'patient-care'), 1, 'Ensure provision of high-quality patient care.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'patient-care'), 2, 'Resolve patient complaints and issues.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'patient-care'), 3, 'Develop patient care protocols and standards.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'risk-management', 7, 'Risk Management');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'risk-management'), 1, 'Identify and mitigate potential risks to patient safety, staff safety, and organizational reputation.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'risk-management'), 2, 'Develop and implement risk management strategies and protocols.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'policy-development', 8, 'Policy Development');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'policy-development'), 1, 'Develop, implement, and review clinical policies and procedures.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'policy-development'), 2, 'Ensure compliance with organizational policies and procedures.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'stakeholder-management', 9, 'Stakeholder Management');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'stakeholder-management'), 1, 'Liaise with other healthcare professionals, regulatory bodies, and stakeholders.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'stakeholder-management'), 2, 'Communicate effectively with internal and external stakeholders.');

insert into responsibility_area (career_id, area_key, position, title) values ((select id from career where slug = 'director-of-clinical-services'), 'continuing-education', 10, 'Continuing Education');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'continuing-education'), 1, 'Stay updated on latest trends, technologies, and best practices in clinical services.');
insert into responsibility_duty (area_id, position, description) values ((select a.id from responsibility_area a join career c on c.id = a.career_id where c.slug = 'director-of-clinical-services' and a.area_key = 'continuing-education'), 2, 'Participate in professional development activities and training programs.');

-- ---------------------------------------------------------------- FAQ
insert into faq_entry (career_id, faq_key, position, question, answer) values (
(select id from career where slug = 'director-of-clinical-services'),
'required-qualifications',
1,
'What qualifications are required to become a Director of Clinical Services?',
'The Director of Clinical Services typically requires at least a bachelor’s degree in a healthcare-related field, although a master’s degree is often preferred.

In addition, several years of experience in clinical services, healthcare management, or a related area are usually necessary.

Some roles may also require specific professional licensures, such as a Registered Nurse (RN) license or a license in clinical social work.

Excellent leadership, communication, problem-solving, and strategic planning skills are also essential.'
);

insert into faq_entry (career_id, faq_key, position, question, answer) values (
(select id from career where slug = 'director-of-clinical-services'),
'previous-experience',
2,
'Is previous experience required to become a Director of Clinical Services?',
'Yes, previous experience is crucial to becoming a Director of Clinical Services.

This role typically requires several years of experience in a clinical setting, such as a hospital or a healthcare facility.

Experience in managing clinical staff and overseeing healthcare operations is also important.

Some positions may require expertise in a specific clinical area.'
);

insert into faq_entry (career_id, faq_key, position, question, answer) values (
(select id from career where slug = 'director-of-clinical-services'),
'role-in-healthcare-facility',
3,
'What is the role of a Director of Clinical Services in a healthcare facility?',
'The Director of Clinical Services is responsible for overseeing all clinical operations in a healthcare facility.

This includes supervising clinical staff, ensuring the quality of patient care, developing and implementing clinical policies and procedures, and coordinating with other healthcare professionals.

They also play a critical role in strategic planning and decision-making to improve clinical services and patient outcomes.'
);

insert into faq_entry (career_id, faq_key, position, question, answer) values (
(select id from career where slug = 'director-of-clinical-services'),
'is-the-role-stressful',
4,
'Is the role of Director of Clinical Services stressful?',
'Being a Director of Clinical Services can be stressful at times due to the significant responsibilities and challenges associated with managing clinical operations and ensuring high-quality patient care.

However, the stress level can vary depending on the size and type of the healthcare facility, the support systems in place, and the individual’s stress management skills.

Many Directors of Clinical Services find their work rewarding and fulfilling, which can help balance the stress.'
);

insert into faq_entry (career_id, faq_key, position, question, answer) values (
(select id from career where slug = 'director-of-clinical-services'),
'career-progression',
5,
'What is the career progression for a Director of Clinical Services?',
'Career progression for a Director of Clinical Services may involve advancing to higher-level management or executive roles within a healthcare organization, such as Vice President of Clinical Operations or Chief Clinical Officer.

Some may also choose to specialize in a specific area of healthcare management or administration.

Continuing education and professional development can help enhance career prospects.'
);
